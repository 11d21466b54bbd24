/**
 * The small Markdown a campaign body is written in, turned into the HTML part of the mail:
 * paragraphs, `#`/`##` headings, `- ` lists, **bold**, *italic*, [links](https://…) and bare
 * https addresses.
 * Everything else is text, escaped: what the owner types can never inject markup.
 */

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function inline(text: string): string {
  return (
    escapeHtml(text)
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\*([^*]+)\*/g, '<em>$1</em>')
      .replace(
        /\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g,
        (_all, label: string, url: string) => `<a href="${url}">${label}</a>`,
      )
      // A bare address (a card link from a merge field) is clickable too.
      .replace(/(?<!["=>])(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')
  );
}

/**
 * @example
 * markdownToHtml('# Bonjour\n\nDu **nouveau** :\n- pain\n- café');
 * // '<h1>Bonjour</h1>\n<p>Du <strong>nouveau</strong> :</p>\n<ul><li>pain</li><li>café</li></ul>'
 */
export function markdownToHtml(markdown: string): string {
  const html: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length) html.push(`<p>${paragraph.map(inline).join('<br>\n')}</p>`);
    if (list.length) html.push(`<ul>${list.map((l) => `<li>${inline(l)}</li>`).join('')}</ul>`);
    paragraph = [];
    list = [];
  };
  for (const raw of markdown.replaceAll('\r\n', '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (line === '') {
      flush();
    } else if (heading) {
      flush();
      const level = heading[1]!.length;
      html.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
    } else if (item) {
      if (paragraph.length) flush();
      list.push(item[1]!);
    } else {
      if (list.length) flush();
      paragraph.push(line);
    }
  }
  flush();
  return html.join('\n');
}
