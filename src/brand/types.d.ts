/** `silabea` ships no types: a CommonJS default export splitting Spanish words into syllables. */
declare module 'silabea' {
  interface SilabeaResult {
    palabra: string
    numeroSilaba: number
    silabas: Array<{ inicioPosicion: number; silaba: string }>
  }
  const silabea: { getSilabas: (word: string) => SilabeaResult }
  export default silabea
}
