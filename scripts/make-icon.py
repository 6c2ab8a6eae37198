# Draws build/icon.png (512x512), the app icon electron-builder turns into .icns/.ico.
# Plain Python so the icon is reproducible without an image library: a navy rounded square,
# a white "F" and an amber tick (a checked fact).
import struct, zlib

N = 512
R = 96  # corner radius


def inside_rounded(x, y):
    cx = min(max(x, R), N - 1 - R)
    cy = min(max(y, R), N - 1 - R)
    return (x - cx) ** 2 + (y - cy) ** 2 <= R * R


def near_segment(x, y, ax, ay, bx, by, w):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= w * w


def pixel(x, y):
    if not inside_rounded(x, y):
        return (0, 0, 0, 0)
    if near_segment(x, y, 250, 330, 305, 390, 22) or near_segment(x, y, 305, 390, 420, 250, 22):
        return (245, 176, 45, 255)
    if 120 <= x < 175 and 110 <= y < 400:
        return (255, 255, 255, 255)
    if 120 <= x < 330 and 110 <= y < 160:
        return (255, 255, 255, 255)
    if 120 <= x < 280 and 230 <= y < 278:
        return (255, 255, 255, 255)
    return (28, 52, 92, 255)


rows = b''.join(b'\x00' + b''.join(bytes(pixel(x, y)) for x in range(N)) for y in range(N))


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', N, N, 8, 6, 0, 0, 0))
png += chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
open('build/icon.png', 'wb').write(png)
