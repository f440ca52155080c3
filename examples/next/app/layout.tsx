import type { ReactNode } from 'react';

export const metadata = { title: 'episode-elements in Next.js', icons: 'data:,' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, padding: '1rem', maxWidth: '48rem', font: '16px/1.5 serif' }}>{children}</body>
    </html>
  );
}
