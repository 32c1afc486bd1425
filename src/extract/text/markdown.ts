/**
 * Reads Markdown as plain text without moving any character: markup (heading marks, emphasis,
 * code ticks, link targets) is replaced by spaces, so offsets stay those of the file.
 */
const blank = (s: string) => ' '.repeat(s.length);

export function blankMarkdown(md: string): string {
  return md
    .replace(/^ {0,3}(#{1,6}|>+)(?=[ \t])/gm, blank)
    .replace(
      /(!?\[)([^\]\n]{0,500})(\]\([^)\n]{0,2000}\))/g,
      (_m, open: string, label: string, target: string) => {
        return blank(open) + label + blank(target);
      },
    )
    .replace(/\*{1,3}|_{2,3}|`+/g, blank)
    .replace(/^ {0,3}[-*+] (?=\S)/gm, blank);
}
