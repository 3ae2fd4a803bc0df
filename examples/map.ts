// st.map: points over the shipped world outline (no tile server: works offline), fitted to the points, with a
// name, a tooltip per point and the points as a table. A slider filters the cities by population.
import type { St } from "../src/index.ts";

const cities = [
  { city: "Paris", lat: 48.8566, lon: 2.3522, population: 2.1 },
  { city: "Lyon", lat: 45.764, lon: 4.8357, population: 0.52 },
  { city: "Marseille", lat: 43.2965, lon: 5.3698, population: 0.87 },
  { city: "Toulouse", lat: 43.6047, lon: 1.4442, population: 0.5 },
  { city: "Bordeaux", lat: 44.8378, lon: -0.5792, population: 0.26 },
  { city: "Lille", lat: 50.6292, lon: 3.0573, population: 0.23 },
  { city: "Nantes", lat: 47.2184, lon: -1.5536, population: 0.32 },
  { city: "Strasbourg", lat: 48.5734, lon: 7.7521, population: 0.29 },
];

const capitals = [
  { name: "Tokyo", latitude: 35.68, longitude: 139.69, color: "#1f77b4" },
  { name: "Nairobi", latitude: -1.29, longitude: 36.82, color: "#2ca02c" },
  { name: "Lima", latitude: -12.05, longitude: -77.04, color: "#9467bd" },
  { name: "Ottawa", latitude: 45.42, longitude: -75.7, color: "#8c564b" },
  { name: "Canberra", latitude: -35.28, longitude: 149.13, color: "#d62728" },
];

export default function map(st: St) {
  st.title("Maps");
  const min = st.slider("Minimum population (millions)", { minValue: 0, maxValue: 1, value: 0, step: 0.1 });
  const shown = cities.filter((c) => c.population >= min);
  st.map(shown, { size: 20000 });
  st.caption(`${shown.length} of ${cities.length} French cities. Points are 20 km across, at least 4 px.`);
  st.header("Capitals, coloured by a column");
  st.map(capitals, { color: "color", size: 200000, height: 400 });
}
