// The bundled CSL styles and locales are read as text at build time (Vite's `?raw`), so nothing is fetched at run time.
declare module '*.csl?raw' {
  const xml: string;
  export default xml;
}
declare module '*.xml?raw' {
  const xml: string;
  export default xml;
}
