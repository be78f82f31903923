"""Independent brute-force D-scores: plain Python loops over every pair, written
straight from the formula, sharing no code with the plugin."""
import math

EARTH_RADIUS_KM = 6371.0088


def planar_km(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1]) / 1000.0


def haversine_km(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def dscores(points, sectors, floor_km=1.0, distance=planar_km):
    """points: list of (x, y) or None; sectors: list of keys or None.
    Returns a list of D-scores, None where undefined."""
    out = []
    for i, (p, s) in enumerate(zip(points, sectors)):
        if p is None or s is None:
            out.append(None)
            continue
        others = [q for j, (q, t) in enumerate(zip(points, sectors))
                  if j != i and q is not None and t == s]
        if not others:
            out.append(None)
            continue
        out.append(sum(1.0 / max(distance(p, q), floor_km) for q in others) / len(others))
    return out
