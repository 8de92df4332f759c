/** Bundled `.txt` files are imported as strings (tsup's text loader, and a Vitest plugin in tests). */
declare module "*.txt" {
  const text: string;
  export default text;
}
