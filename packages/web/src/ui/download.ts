/** Saves JSON as a file, the way a download link would. */
export function downloadJson(data: unknown, filename: string): void {
  downloadText(JSON.stringify(data, null, 2), filename, 'application/json');
}

/** Saves text (CSV, JSON…) as a file, the way a download link would. */
export function downloadText(text: string, filename: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "mentorspace-data-2025-03-10.json" */
export function exportFilename(now: Date = new Date()): string {
  return `mentorspace-data-${now.toISOString().slice(0, 10)}.json`;
}
