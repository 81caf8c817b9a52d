import type { EmailBranding, EmailLocale, EmailParts } from './types.ts';

export const DEFAULT_PRIMARY_COLOR = '#2563eb';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/**
 * Links end up in href attributes and in front of the reader: only web links, so a
 * `javascript:` URL from a caller's bug can never become a clickable script.
 */
export function assertWebUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`E-mail link is not a URL: ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new TypeError(`E-mail links must be http(s), got ${parsed.protocol}`);
  }
  return parsed.href;
}

/** Branding is decoration: a bad logo URL drops the logo rather than the e-mail. */
function webUrlOrNull(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return assertWebUrl(url);
  } catch {
    return null;
  }
}

// A colour goes into a style attribute; a strict pattern keeps CSS out of it.
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function safeColor(color: string): string {
  return HEX_COLOR.test(color) ? color.toLowerCase() : DEFAULT_PRIMARY_COLOR;
}

/** Dark text on light brand colours, white on dark ones, so the button label stays readable. */
export function textColorOn(hex: string): string {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((start) => Number.parseInt(digits.slice(start, start + 2), 16)) as [
    number,
    number,
    number,
  ];
  const brightness = (r * 299 + g * 587 + b * 114) / 1000;
  return brightness > 160 ? '#111827' : '#ffffff';
}

type LayoutInput = {
  parts: EmailParts;
  locale: EmailLocale;
  branding: EmailBranding;
  fallbackLink: string;
  colon: string;
  footer: string;
};

// Plain-text readers have no button, so they get the bare link and no fallback sentence.
export function layoutText({
  parts,
  footer,
  colon,
}: Pick<LayoutInput, 'parts' | 'footer' | 'colon'>): string {
  const blocks = [
    ...(parts.greeting ? [parts.greeting] : []),
    ...parts.paragraphs,
    ...(parts.action ? [`${parts.action.label}${colon}\n${parts.action.url}`] : []),
    ...parts.notes,
  ];
  return `${blocks.join('\n\n')}\n\n-- \n${footer}\n`;
}

const paragraph = (text: string, style = 'margin:0 0 16px;') =>
  `<p style="${style}">${escapeHtml(text).replaceAll('\n', '<br>')}</p>`;

export function layoutHtml({ parts, locale, branding, fallbackLink, footer }: LayoutInput): string {
  const color = safeColor(branding.primaryColor);
  const isLightColor = textColorOn(color) !== '#ffffff';
  // A light brand colour would vanish as text on white; it still fills the button and the rule.
  const linkColor = isLightColor ? '#111827' : color;
  const productName = escapeHtml(branding.productName);
  const logoUrl = webUrlOrNull(branding.logoUrl);
  const logo = logoUrl
    ? `<img src="${escapeHtml(logoUrl)}" alt="${productName}" height="32" style="height:32px;border:0;vertical-align:middle;margin-right:8px;">`
    : '';
  const action = parts.action
    ? (() => {
        const href = escapeHtml(assertWebUrl(parts.action.url));
        return [
          `<p style="margin:24px 0;"><a href="${href}" style="display:inline-block;background-color:${color};color:${textColorOn(color)};text-decoration:none;font-weight:600;padding:12px 24px;border-radius:6px;">${escapeHtml(parts.action.label)}</a></p>`,
          paragraph(fallbackLink, 'margin:0 0 4px;font-size:13px;color:#6b7280;'),
          `<p style="margin:0 0 16px;font-size:13px;word-break:break-all;"><a href="${href}" style="color:${linkColor};">${href}</a></p>`,
        ].join('\n');
      })()
    : '';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background-color:#ffffff;border-radius:8px;border-top:4px solid ${color};font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#111827;">
<tr><td style="padding:20px 32px;border-bottom:1px solid #e5e7eb;font-size:18px;font-weight:700;color:${linkColor};">${logo}${productName}</td></tr>
<tr><td style="padding:24px 32px;">
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;">${escapeHtml(parts.subject)}</h1>
${[...(parts.greeting ? [paragraph(parts.greeting)] : []), ...parts.paragraphs.map((text) => paragraph(text))].join('\n')}
${action}
${parts.notes.map((text) => paragraph(text, 'margin:0 0 12px;font-size:13px;color:#6b7280;')).join('\n')}
</td></tr>
<tr><td style="padding:16px 32px;border-top:1px solid #e5e7eb;font-size:12px;color:#9ca3af;">${escapeHtml(footer)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
