/**
 * Writes a number with its digits grouped in threes by commas ("1,418"), as both the English and
 * the Korean text write the story's figures. Not `toLocaleString`: its first call on a page wakes
 * ICU's number formatting, tens of milliseconds spent inside the story's first render.
 */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int = '', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}
