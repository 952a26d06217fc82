import { useEffect } from 'react';

const EVENT = 'ipcounty:registers-changed';

/** Tells the rest of the page that an import or a removal changed the registers (the demo banner listens). */
export function notifyRegistersChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function useRegistersChanged(listener: () => void): void {
  useEffect(() => {
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, [listener]);
}
