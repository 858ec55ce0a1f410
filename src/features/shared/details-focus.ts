/**
 * Focus kept where the user acted: a control that selects something and wants the keyboard to
 * follow it to the details (a chip, a table row) asks for it here just before selecting, and the
 * details panel takes the focus once it shows the new item. Selections from elsewhere (the URL,
 * back and forward, another view's hover) leave the focus alone.
 */
let pending = false;

export function focusDetailsNext(): void {
  pending = true;
}

/** True once after focusDetailsNext(): the caller moves the focus. */
export function takeDetailsFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}
