// 适合宽度: the zoom at which the A4 page (210 mm) fits the editor area, never above 100%. Without it, on a 1280-pixel
// screen the page is wider than the room beside the library and the side panel, and every line runs off to the right.
import { type RefObject, useEffect, useState } from 'react';

const PAGE_PX = (210 / 25.4) * 96;
const GUTTER = 32;

export function useFitZoom(area: RefObject<HTMLElement | null>, pageView: boolean): number {
  const [fit, setFit] = useState(1);
  useEffect(() => {
    const el = area.current;
    if (!el || !pageView) return setFit(1);
    const measure = (): void => setFit(Math.min(1, Math.max(0.4, Math.floor(((el.clientWidth - GUTTER) / PAGE_PX) * 100) / 100)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [area, pageView]);
  return fit;
}
