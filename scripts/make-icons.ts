// Renders the PNG icons the web app manifest and iOS need from app/icon.svg, the one source of the mark,
// so they never drift from the favicon. The iOS one is app/apple-icon.png, Next's file convention, because
// an `icons` entry in the root metadata would replace the <link> Next makes for app/icon.svg.
// Run after changing the SVG and commit the output:
//   npx tsx scripts/make-icons.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const root = path.join(__dirname, "..");
const SIZES = [
  { file: "public/icon-192.png", size: 192 },
  { file: "public/icon-512.png", size: 512 },
  { file: "app/apple-icon.png", size: 180 },
];

async function main() {
  const svg = await readFile(path.join(root, "app/icon.svg"));
  for (const { file, size } of SIZES) {
    // density scales the 32-unit viewBox up before rasterising, so edges stay sharp at 512 px
    await sharp(svg, { density: Math.ceil((72 * size) / 32) }).resize(size, size).png().toFile(path.join(root, file));
    console.log(`${file} ${size}×${size}`);
  }
}

void main();
