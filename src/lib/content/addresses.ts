/**
 * Where a narrative's images, media and links may point: resources only to this site (or an
 * inline image), links elsewhere with a warning, script-like schemes nowhere; addresses inside a
 * style attribute, and relative images that must exist beside the narrative.
 */
import { posix } from 'node:path';
import type { Collector, Node } from './narrative-node.ts';

/** Attributes that make the browser fetch something. */
export const RESOURCE_ATTRIBUTES = new Set([
  'src',
  'poster',
  'data',
  'href',
  'background',
  'lowsrc',
  'dynsrc',
  'longdesc',
  // <a ping> posts to its addresses when the link is followed.
  'ping',
]);

/**
 * A style attribute may load images through url() and image-set("…"): each address in it must
 * be this site's. CSS escapes (`ht\\74 tp`) would hide an address from this check, so a
 * backslash is refused, as are @import and expression().
 */
export function checkStyle(n: Node, name: string, value: string, out: Collector): void {
  if (/\\|@import|expression\s*\(/i.test(value)) {
    out.add(n, `<${name}> 的 style 属性不能使用反斜杠转义、@import 或 expression()`);
    return;
  }
  const what = `<${name}> 的样式中的图片`;
  for (const m of value.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)|(['"])([^'"]*)\3/gi)) {
    checkAddress(n, out, m[2] ?? m[4] ?? '', 'resource', what);
  }
}

/**
 * A Markdown image with a relative path is bundled from beside the narrative at build time: it
 * must exist and be an ordinary file inside the content folder, or the build fails unlocated.
 */
export function checkLocalImage(n: Node, out: Collector, url: string): void {
  if (out.localImage === undefined || url === '') return;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || /^[/\\#]/.test(url)) return;
  const bare = url.split(/[?#]/)[0] ?? '';
  let path = bare;
  try {
    path = decodeURI(bare);
  } catch {
    // Written undecodable: checked as written.
  }
  const message = out.localImage(posix.normalize(posix.join(posix.dirname(out.file), path)));
  if (message !== undefined) out.add(n, message);
}

type AddressUse = 'resource' | 'link';

/**
 * A resource must come from this site: a relative or root-relative path, or a `data:` image.
 * A link may lead elsewhere, with a warning. Script-like schemes are refused everywhere.
 */
export function checkAddress(
  n: Node,
  out: Collector,
  raw: string,
  use: AddressUse,
  what: string,
): void {
  // Browsers drop control characters and whitespace from URLs: `java\tscript:` is `javascript:`.
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const external = url.startsWith('//') || url.startsWith('\\\\') || /^\/\\|^\\\//.test(url);
  if (scheme === undefined && !external) return;
  if (scheme === 'data' && use === 'resource' && /^data:image\/(png|jpeg|webp);/i.test(url)) {
    return;
  }
  if (scheme === 'mailto' || scheme === 'tel') {
    if (use === 'link') return;
  }
  if (external || scheme === 'http' || scheme === 'https' || scheme === 'ftp') {
    const host = hostOf(url);
    if (use === 'resource') {
      out.add(
        n,
        `${what}来自其他网站（${host}）；报告只能使用本站的文件（其他网站可借此得知谁在何时阅读报告，内网中也可能无法打开）：请把文件放进 public/ 目录，写成以 / 开头的本站路径`,
      );
    } else {
      out.add(
        n,
        `链接到其他网站（${host}）；读者在内网中可能无法打开，请确认确需此链接`,
        'warning',
      );
    }
    return;
  }
  out.add(
    n,
    `${what.endsWith('地址') ? what : `${what}的地址`}不能以“${scheme ?? ''}:”开头；${use === 'link' ? '链接应为本站路径或 http(s) 网址' : '应为本站的文件路径，以 / 开头'}`,
  );
}

function hostOf(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?[/\\]{2}([^/\\?#]*)/i.exec(url);
  const host = (m?.[1] ?? '').replace(/^[^@]*@/, '');
  return host === '' ? url.slice(0, 40) : host.slice(0, 60);
}
