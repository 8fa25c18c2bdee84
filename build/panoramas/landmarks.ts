import { num } from './svg';

/*
 * Silhouettes of Jiangbeizui's "cultural pearl chain" (文化珍珠链). Shapes
 * only; names come from the content pack.
 */

/** Upturned Chinese eave: a roof whose corners curl up. */
function eave(cx: number, y: number, halfW: number, rise: number): string {
  return `M${num(cx - halfW)} ${num(y - 8)}Q${num(cx - halfW * 0.7)} ${num(y)} ${num(cx - halfW * 0.45)} ${num(y - rise * 0.1)}L${num(cx)} ${num(y - rise)}L${num(cx + halfW * 0.45)} ${num(y - rise * 0.1)}Q${num(cx + halfW * 0.7)} ${num(y)} ${num(cx + halfW)} ${num(y - 8)}Z`;
}

/** 保定门: a stretch of city wall with an arched gateway and a two-eave gate tower. */
export function cityGate(cx: number, baseY: number): { wall: string; arch: string; tower: string } {
  const wallTop = baseY - 90;
  let crenels = '';
  for (let x = cx - 200; x < cx + 200; x += 24) crenels += `M${x} ${wallTop}v-12h14v12Z`;
  const wall = `M${cx - 210} ${baseY}V${wallTop}H${cx + 210}V${baseY}Z` + crenels;
  const arch = `M${cx - 30} ${baseY}V${baseY - 40}a30 30 0 0 1 60 0V${baseY}Z`;
  const tower =
    `M${cx - 70} ${wallTop}V${wallTop - 40}H${cx + 70}V${wallTop}Z` +
    eave(cx, wallTop - 36, 110, 30) +
    `M${cx - 50} ${wallTop - 62}V${wallTop - 92}H${cx + 50}V${wallTop - 62}Z` +
    eave(cx, wallTop - 88, 84, 40);
  return { wall, arch, tower };
}

/** 测候亭: a small hexagonal pavilion on posts with a pointed roof and finial. */
export function pavilion(cx: number, baseY: number, scale = 1): string {
  const s = (v: number): string => num(v * scale);
  return (
    `M${num(cx - 50 * scale)} ${baseY}h${s(100)}v-${s(10)}h-${s(100)}Z` +
    `M${num(cx - 42 * scale)} ${num(baseY - 10 * scale)}v-${s(60)}h${s(7)}v${s(60)}ZM${num(cx + 35 * scale)} ${num(baseY - 10 * scale)}v-${s(60)}h${s(7)}v${s(60)}ZM${num(cx - 4 * scale)} ${num(baseY - 10 * scale)}v-${s(60)}h${s(7)}v${s(60)}Z` +
    `M${num(cx - 70 * scale)} ${num(baseY - 66 * scale)}Q${num(cx - 40 * scale)} ${num(baseY - 72 * scale)} ${num(cx)} ${num(baseY - 120 * scale)}Q${num(cx + 40 * scale)} ${num(baseY - 72 * scale)} ${num(cx + 70 * scale)} ${num(baseY - 66 * scale)}Q${num(cx)} ${num(baseY - 82 * scale)} ${num(cx - 70 * scale)} ${num(baseY - 66 * scale)}Z` +
    `M${num(cx - 2 * scale)} ${num(baseY - 118 * scale)}v-${s(16)}h${s(4)}v${s(16)}Z`
  );
}

/** 明玉珍睿陵: an earth mound with a stone stele in front, flanked by pines. */
export function tombMound(cx: number, baseY: number): { mound: string; stele: string } {
  const mound = `M${cx - 150} ${baseY}Q${cx - 120} ${baseY - 96} ${cx} ${baseY - 104}Q${cx + 120} ${baseY - 96} ${cx + 150} ${baseY}Z`;
  const stele = `M${cx - 14} ${baseY}v-46q14 -10 28 0v46Z` + `M${cx - 30} ${baseY}h60v-6h-60Z`;
  return { mound, stele };
}

/** A conical pine, for solemn places such as the tomb. */
export function pine(x: number, baseY: number, h: number): string {
  return `M${num(x - 2)} ${baseY}v-${num(h * 0.2)}L${num(x - h * 0.22)} ${num(baseY - h * 0.2)}L${num(x - h * 0.08)} ${num(baseY - h * 0.55)}L${num(x - h * 0.16)} ${num(baseY - h * 0.55)}L${num(x)} ${num(baseY - h)}L${num(x + h * 0.16)} ${num(baseY - h * 0.55)}L${num(x + h * 0.08)} ${num(baseY - h * 0.55)}L${num(x + h * 0.22)} ${num(baseY - h * 0.2)}L${num(x + 2)} ${num(baseY - h * 0.2)}V${baseY}Z`;
}
