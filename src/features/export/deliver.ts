/**
 * Delivers a produced file to the user: a download through an object URL and a temporary link.
 * Nothing leaves the page; the browser saves the bytes it already holds.
 */
export function deliver(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a while after the click: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
