// The elements' stylesheets, which every server-rendered shadow root links (/assets/<tag>.css by
// default), written by the build from episode-elements/ssr.
import type { APIRoute, GetStaticPaths } from 'astro';
import { elementStylesheet, RENDERABLE_TAGS } from 'episode-elements/ssr';

export const getStaticPaths = (() => RENDERABLE_TAGS.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(elementStylesheet(params.name as (typeof RENDERABLE_TAGS)[number]), { headers: { 'Content-Type': 'text/css' } });
