/**
 * Puts the cursor on a line of a list box and scrolls it into view: where the error summary's
 * link lands for a faulty line.
 */
export function selectLine(box: HTMLTextAreaElement, line: number): void {
  const text = box.value;
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  box.focus();
  box.setSelectionRange(start, end === -1 ? text.length : end);
  const lineHeight = parseFloat(getComputedStyle(box).lineHeight) || 24;
  box.scrollTop = Math.max(0, (line - 3) * lineHeight);
}
