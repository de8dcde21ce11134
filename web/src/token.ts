// The viewer's bearer token: kept in sessionStorage (this tab only, gone when it closes). It arrives from the
// development sign-in, or in the URL fragment (`/dashboard#token=…`, for wall screens and automated checks),
// which is removed from the address bar at once so it is not bookmarked, shared or left in the history.
const key = "mentorgraph.token";

export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  if (token) {
    sessionStorage.setItem(key, token);
  } else {
    sessionStorage.removeItem(key);
  }
}

/** Takes `#token=…` out of the address (replacing the history entry) and stores it; returns the token in use. */
export function takeTokenFromFragment(): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ""));
  const token = fragment.get("token");
  if (token) {
    fragment.delete("token");
    const rest = fragment.toString();
    history.replaceState(history.state, "", location.pathname + location.search + (rest ? `#${rest}` : ""));
    storeToken(token);
  }
  return storedToken();
}
