"use client";

import { useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

/**
 * False in the server's HTML and until the page's script has taken over, then true. A control
 * whose work is done by script stays disabled until then: a click before it did nothing, or sent
 * a form natively.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
