// Draws the sample content's pictures: simple original illustrations (SVG rendered by sharp), so
// the repository holds no photos from anywhere else. Deterministic: the same name gives the same
// picture. Run `npm run images` after adding an entry below; the JPEGs are committed.
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import sharp from 'sharp'
import { seededRandom as rng } from './seeded-random.mjs'

type Scene = 'skyline' | 'hills' | 'sea' | 'chart' | 'field' | 'circuit' | 'stage' | 'portrait'
type Spec = { file: string; scene: Scene; palette: [string, string, string]; seed: number }

const W = 1200
const H = 675

function scene(spec: Spec): string {
  const r = rng(spec.seed)
  const [a, b, c] = spec.palette
  const sky = `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#g)"/>`
  const parts: string[] = [sky]
  switch (spec.scene) {
    case 'skyline': {
      parts.push(`<circle cx="${200 + r() * 800}" cy="${120 + r() * 100}" r="60" fill="#fff" opacity="0.5"/>`)
      for (let x = 0; x < W; x += 40 + r() * 50) {
        const h = 150 + r() * 330
        const w = 50 + r() * 70
        parts.push(`<rect x="${x}" y="${H - h}" width="${w}" height="${h}" fill="${c}" opacity="${0.7 + r() * 0.3}"/>`)
        for (let y = H - h + 20; y < H - 20; y += 36)
          if (r() > 0.45)
            parts.push(`<rect x="${x + 12}" y="${y}" width="12" height="16" fill="#ffe9a8" opacity="0.8"/>`)
      }
      break
    }
    case 'hills': {
      parts.push(`<circle cx="${300 + r() * 600}" cy="${180 + r() * 80}" r="${70 + r() * 40}" fill="#ffd27a"/>`)
      for (let i = 0; i < 4; i++) {
        const y = 330 + i * 80
        parts.push(
          `<path d="M0 ${y} Q ${300 + r() * 200} ${y - 120 - r() * 80} ${600} ${y} T ${W} ${y} V ${H} H 0 Z" fill="${c}" opacity="${0.35 + i * 0.2}"/>`,
        )
      }
      break
    }
    case 'sea': {
      parts.push(`<circle cx="${W / 2}" cy="${300}" r="110" fill="#ffb86b" opacity="0.9"/>`)
      for (let i = 0; i < 9; i++) {
        const y = 340 + i * 40
        parts.push(
          `<path d="M0 ${y} C 200 ${y - 25} 400 ${y + 25} 600 ${y} S 1000 ${y - 25} ${W} ${y} V ${H} H 0 Z" fill="${c}" opacity="${0.25 + i * 0.08}"/>`,
        )
      }
      break
    }
    case 'chart': {
      for (let y = 100; y < H; y += 100)
        parts.push(`<line x1="0" x2="${W}" y1="${y}" y2="${y}" stroke="#fff" stroke-opacity="0.25"/>`)
      let v = 300 + r() * 100
      const pts: string[] = []
      for (let x = 60; x <= W - 60; x += 90) {
        const h = 120 + r() * 320
        parts.push(`<rect x="${x - 25}" y="${H - h}" width="50" height="${h}" fill="${c}" opacity="0.55"/>`)
        v = Math.min(600, Math.max(80, v + (r() - 0.45) * 120))
        pts.push(`${x},${H - v}`)
      }
      parts.push(
        `<polyline points="${pts.join(' ')}" fill="none" stroke="#fff" stroke-width="8" stroke-linejoin="round"/>`,
      )
      break
    }
    case 'field': {
      parts.push(`<rect x="0" y="${H * 0.35}" width="${W}" height="${H * 0.65}" fill="${c}"/>`)
      for (let x = 0; x < W; x += 120)
        parts.push(`<rect x="${x}" y="${H * 0.35}" width="60" height="${H}" fill="#fff" opacity="0.06"/>`)
      parts.push(
        `<ellipse cx="${W / 2}" cy="${H * 0.68}" rx="220" ry="90" fill="none" stroke="#fff" stroke-width="6" opacity="0.8"/>`,
      )
      parts.push(
        `<line x1="${W / 2}" x2="${W / 2}" y1="${H * 0.35}" y2="${H}" stroke="#fff" stroke-width="6" opacity="0.8"/>`,
      )
      parts.push(`<circle cx="${400 + r() * 400}" cy="${H * 0.6 + r() * 80}" r="22" fill="#fff"/>`)
      break
    }
    case 'circuit': {
      for (let i = 0; i < 26; i++) {
        const x = r() * W
        const y = r() * H
        const x2 = x + (r() - 0.5) * 500
        parts.push(
          `<path d="M${x} ${y} H ${x2} V ${y + (r() - 0.5) * 300}" fill="none" stroke="${c}" stroke-width="6" opacity="0.8"/>`,
        )
        parts.push(`<circle cx="${x}" cy="${y}" r="12" fill="#fff" opacity="0.85"/>`)
      }
      parts.push(
        `<rect x="${W / 2 - 120}" y="${H / 2 - 120}" width="240" height="240" rx="24" fill="${c}" stroke="#fff" stroke-width="8"/>`,
      )
      break
    }
    case 'stage': {
      for (let i = 0; i < 5; i++) {
        const x = 150 + i * 230
        parts.push(`<path d="M${x} 0 L ${x - 140} ${H} H ${x + 140} Z" fill="#fff6d5" opacity="${0.08 + r() * 0.12}"/>`)
      }
      parts.push(`<rect x="0" y="${H * 0.72}" width="${W}" height="${H * 0.28}" fill="${c}"/>`)
      for (let x = 20; x < W; x += 46)
        parts.push(`<circle cx="${x}" cy="${H - 30 - r() * 40}" r="${18 + r() * 8}" fill="#111" opacity="0.85"/>`)
      break
    }
    case 'portrait': {
      parts.push(`<circle cx="${W / 2}" cy="${H * 0.4}" r="120" fill="${c}"/>`)
      parts.push(`<path d="M${W / 2 - 260} ${H} Q ${W / 2} ${H * 0.45} ${W / 2 + 260} ${H} Z" fill="${c}"/>`)
      break
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`
}

const SPECS: Spec[] = [
  { file: 'mexico/zocalo-dusk.jpg', scene: 'skyline', palette: ['#f4a259', '#5b2a86', '#1d1a31'], seed: 1 },
  { file: 'mexico/sierra-morning.jpg', scene: 'hills', palette: ['#9ad1d4', '#f7e1b5', '#2f5d50'], seed: 2 },
  { file: 'mexico/monterrey-skyline.jpg', scene: 'skyline', palette: ['#8ecae6', '#fefae0', '#264653'], seed: 3 },
  { file: 'mexico/yucatan-coast.jpg', scene: 'sea', palette: ['#ffcad4', '#9ed8db', '#1d3557'], seed: 4 },
  { file: 'world/harbor-evening.jpg', scene: 'sea', palette: ['#3a0ca3', '#f72585', '#14213d'], seed: 5 },
  { file: 'world/capital-night.jpg', scene: 'skyline', palette: ['#0b132b', '#3a506b', '#1c2541'], seed: 6 },
  { file: 'world/valley-border.jpg', scene: 'hills', palette: ['#e9c46a', '#f4a261', '#6d4c3d'], seed: 7 },
  { file: 'business/market-bars.jpg', scene: 'chart', palette: ['#2a9d8f', '#264653', '#e9c46a'], seed: 8 },
  { file: 'business/peso-line.jpg', scene: 'chart', palette: ['#1b4332', '#081c15', '#95d5b2'], seed: 9 },
  { file: 'business/port-cranes.jpg', scene: 'skyline', palette: ['#ffb703', '#fb8500', '#023047'], seed: 10 },
  { file: 'tech/chip-board.jpg', scene: 'circuit', palette: ['#03045e', '#0077b6', '#00b4d8'], seed: 11 },
  { file: 'tech/network-lines.jpg', scene: 'circuit', palette: ['#240046', '#5a189a', '#ff9e00'], seed: 12 },
  { file: 'sports/pitch-day.jpg', scene: 'field', palette: ['#caf0f8', '#90e0ef', '#2d6a4f'], seed: 13 },
  { file: 'sports/stadium-night.jpg', scene: 'field', palette: ['#10002b', '#3c096c', '#1b5e20'], seed: 14 },
  { file: 'culture/stage-lights.jpg', scene: 'stage', palette: ['#3c1642', '#086375', '#1a1a2e'], seed: 15 },
  { file: 'culture/festival-hills.jpg', scene: 'hills', palette: ['#ff99c8', '#fcf6bd', '#7b2cbf'], seed: 16 },
  { file: 'opinion/columnist.jpg', scene: 'portrait', palette: ['#ede0d4', '#e6ccb2', '#7f5539'], seed: 17 },
  { file: 'authors/avatar-teal.jpg', scene: 'portrait', palette: ['#caf0f8', '#90e0ef', '#0077b6'], seed: 18 },
  { file: 'authors/avatar-rose.jpg', scene: 'portrait', palette: ['#ffe5ec', '#ffc2d1', '#9d0208'], seed: 19 },
]

for (const spec of SPECS) {
  const out = join('public/images', spec.file)
  mkdirSync(dirname(out), { recursive: true })
  await sharp(Buffer.from(scene(spec)))
    .jpeg({ quality: 72, mozjpeg: true })
    .toFile(out)
}
// The publisher logo is drawn per brand from its wordmark at build time (app/logo.png/route.tsx).
console.log(`Wrote ${SPECS.length} images under public/images/`)
