/**
 * Saves text as a file through a temporary `<a download>`: extension pages have no other way to
 * offer a download without the `downloads` permission.
 */
export function downloadText(chunks: Iterable<string>, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob(Array.from(chunks), { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers: give it time to start.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
