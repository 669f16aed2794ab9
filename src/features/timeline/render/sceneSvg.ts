import { headPoints, type Prim, type Scene, type Stroke } from './scene.ts';

/*
 * A scene as a standalone SVG document: the export's counterpart of the canvas painter, so the
 * file holds exactly what the screen draws. Every string is escaped as XML text.
 */

/**
 * Characters XML allows nowhere, not even escaped (C0 controls other than tab and line breaks,
 * U+FFFE, U+FFFF): one in a dataset's text made the whole file a parse error. They are no
 * letters a reader could see: the file leaves them out.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const esc = (s: string) => s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 100) / 100);

function strokeAttrs(s: Stroke | undefined): string {
  if (!s) return '';
  return ` stroke="${esc(s.color)}" stroke-width="${n(s.width)}"${s.dash?.length ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''}`;
}

const alphaAttr = (p: Prim) => ('alpha' in p && p.alpha !== undefined ? ` opacity="${n(p.alpha)}"` : '');

function head(fromX: number, fromY: number, x: number, y: number, color: string, size: number): string {
  const pts = headPoints(fromX, fromY, x, y, size).map(n);
  return `<path d="M${pts[0]},${pts[1]}L${pts[2]},${pts[3]}L${pts[4]},${pts[5]}Z" fill="${esc(color)}"/>`;
}

/** The scene as SVG text, with a title element for the file. */
export function sceneToSvg(scene: Scene, title: string): string {
  const hatchIds = new Map<string, string>();
  const body: string[] = [];
  let clips = 0;
  const defs: string[] = [];
  for (const p of scene.prims) {
    switch (p.k) {
      case 'rect': {
        let fill = p.fill ? esc(p.fill) : 'none';
        if (p.hatch) {
          let id = hatchIds.get(p.hatch);
          if (!id) {
            id = `hatch${hatchIds.size}`;
            hatchIds.set(p.hatch, id);
            defs.push(
              `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${esc(p.hatch)}" stroke-width="1.5"/></pattern>`,
            );
          }
          fill = `url(#${id})`;
        }
        body.push(`<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}"${p.rx ? ` rx="${n(p.rx)}"` : ''} fill="${fill}"${strokeAttrs(p.stroke)}${alphaAttr(p)}/>`);
        break;
      }
      case 'line': {
        const line = `<line x1="${n(p.x1)}" y1="${n(p.y1)}" x2="${n(p.x2)}" y2="${n(p.y2)}"${strokeAttrs(p.stroke)}${alphaAttr(p)}/>`;
        body.push(p.head ? `<g>${line}${head(p.x1, p.y1, p.x2, p.y2, p.head.color, p.head.size)}</g>` : line);
        break;
      }
      case 'circle':
        body.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${n(p.r)}" fill="${p.fill ? esc(p.fill) : 'none'}"${strokeAttrs(p.stroke)}${alphaAttr(p)}/>`);
        break;
      case 'shape':
        body.push(`<path transform="translate(${n(p.x)},${n(p.y)})" d="${esc(p.d)}" fill="${esc(p.fill)}"${strokeAttrs(p.stroke)}${alphaAttr(p)}/>`);
        break;
      case 'arc': {
        const a = p.arc;
        const path = `<path d="M${n(a.x1)},${n(a.y1)} Q${n(a.cx)},${n(a.cy)} ${n(a.x2)},${n(a.y2)}" fill="none"${strokeAttrs(p.stroke)}/>`;
        body.push(`<g${alphaAttr(p)}>${path}${p.head ? head(a.cx, a.cy, a.x2, a.y2, p.head.color, p.head.size) : ''}</g>`);
        break;
      }
      case 'text': {
        const f = p.font;
        const halo = p.halo ? ` stroke="${esc(p.halo)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"` : '';
        body.push(
          `<text x="${n(p.x)}" y="${n(p.y)}" font-size="${f.size}"${f.weight && f.weight !== 400 ? ` font-weight="${f.weight}"` : ''}${f.italic ? ' font-style="italic"' : ''} text-anchor="${p.anchor}"${p.middle ? ' dominant-baseline="central"' : ''} fill="${esc(p.fill)}"${halo}${alphaAttr(p)} style="unicode-bidi:plaintext">${esc(p.text)}</text>`,
        );
        break;
      }
      case 'clip':
        defs.push(`<clipPath id="clip${clips}"><rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}"/></clipPath>`);
        body.push(`<g clip-path="url(#clip${clips})">`);
        clips++;
        break;
      case 'unclip':
        body.push('</g>');
        break;
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" font-family="${esc(scene.fontFamily)}">`,
    `<title>${esc(title)}</title>`,
    defs.length ? `<defs>${defs.join('')}</defs>` : '',
    `<rect width="100%" height="100%" fill="${esc(scene.background)}"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}
