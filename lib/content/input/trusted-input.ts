/**
 * Only the user drives Bağlam. Page scripts can dispatch any event they like (`dispatchEvent`,
 * `.click()`), but those carry `isTrusted === false`: every handler of the content script and the
 * card ignores them. Actions that change state or open something (mute, open the panel or the
 * reader, copy a citation) also need the user's transient activation — a real click or key press.
 */

/** Wraps an event handler so that synthetic events never reach it. */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

/**
 * Whether a real click or key press just happened (`navigator.userActivation`). Where a browser
 * lacks the API the trusted-event guard alone has to do.
 */
export function hasUserGesture(
  nav: Pick<Navigator, 'userActivation'> | undefined = globalThis.navigator,
): boolean {
  return nav?.userActivation ? nav.userActivation.isActive : true;
}

/** Runs `action` only inside a user gesture. */
export function withUserGesture<A extends unknown[]>(action: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    if (hasUserGesture()) action(...args);
  };
}
