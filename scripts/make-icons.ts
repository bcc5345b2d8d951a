// Draws the portal's emblem (a gold star on the red of the site's header, components/layout/
// globals.css --color-brand-700) and writes every icon public/ serves from it: the SVG favicon,
// favicon.ico (16, 32 and 48 px PNGs in an ICO container), the web app manifest's 192 and 512 px
// icons (and a maskable 512), and the 180 px apple-touch-icon.
// Usage: node --import tsx scripts/make-icons.ts   (then commit public/)
import { writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const RED = "#991b1b";
const GOLD = "#facc15";
const PUBLIC = path.resolve("public");

/** The points of a five-pointed star centred on (c, c), its first point straight up. */
function starPoints(c: number, outer: number, inner: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(c + radius * Math.cos(angle)).toFixed(2)},${(c + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(" ");
}

/**
 * The emblem on a 512 grid. `fullBleed` fills the square with red and shrinks the disc into the
 * central 80 % that launchers never crop (maskable icons, iOS home screens round the corners).
 */
function emblemSvg({ fullBleed }: { fullBleed: boolean }): string {
  const scale = fullBleed ? 0.8 : 1;
  const disc = 256 * scale;
  const ring = 222 * scale;
  const star = 150 * scale;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">`,
    fullBleed ? `<rect width="512" height="512" fill="${RED}"/>` : "",
    `<circle cx="256" cy="256" r="${disc}" fill="${RED}"/>`,
    `<circle cx="256" cy="256" r="${ring}" fill="none" stroke="${GOLD}" stroke-width="${(16 * scale).toFixed(1)}"/>`,
    `<polygon points="${starPoints(256, star, star * 0.382)}" fill="${GOLD}"/>`,
    `</svg>`,
    "",
  ].join("");
}

const png = (svg: string, size: number) =>
  sharp(Buffer.from(svg), { density: 300 }).resize(size, size).png().toBuffer();

/** An ICO file holding PNG images (Windows Vista+ and every browser read PNG entries). */
function icoOf(images: { size: number; data: Buffer }[]): Buffer {
  const HEADER = 6;
  const ENTRY = 16;
  const header = Buffer.alloc(HEADER);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = HEADER + ENTRY * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(ENTRY);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width, 0 = 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

const round = emblemSvg({ fullBleed: false });
const square = emblemSvg({ fullBleed: true });
const favicons = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(round, size) })));

const files: [string, string | Buffer][] = [
  ["icon.svg", round],
  ["favicon.ico", icoOf(favicons)],
  ["icon-192.png", await png(round, 192)],
  ["icon-512.png", await png(round, 512)],
  ["icon-maskable-512.png", await png(square, 512)],
  ["apple-touch-icon.png", await png(square, 180)],
];
for (const [name, data] of files) {
  await writeFile(path.join(PUBLIC, name), data);
  console.log(`✔ public/${name}`);
}
