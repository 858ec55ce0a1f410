/**
 * Text made safe for XML attributes and content: the five markup characters escaped, and
 * characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) dropped, so
 * a name from a file can never break a GEXF/GraphML/SVG document or inject markup into it.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Drops what XML 1.0 cannot hold; keeps tab, LF, CR and well-formed surrogate pairs. */
export function xmlChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) out += text[i]! + text[++i]!;
      continue; // a lone high surrogate
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // a lone low surrogate
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    if (c === 0xfffe || c === 0xffff) continue;
    out += text[i]!;
  }
  return out;
}

export function xmlText(text: string): string {
  return xmlChars(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}
