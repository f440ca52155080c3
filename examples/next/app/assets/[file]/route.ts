// The elements' stylesheets, which every server-rendered shadow root links (/assets/<tag>.css by
// default), written at build time from episode-elements/ssr.
import { elementStylesheet, RENDERABLE_TAGS, type RenderableTag } from 'episode-elements/ssr';

export const dynamic = 'force-static';
export const generateStaticParams = () => RENDERABLE_TAGS.map((tag) => ({ file: `${tag}.css` }));

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const tag = (await params).file.replace(/\.css$/, '') as RenderableTag;
  return new Response(elementStylesheet(tag), { headers: { 'Content-Type': 'text/css' } });
}
