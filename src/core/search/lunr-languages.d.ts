// lunr-languages ships no types: each module exports a plugin that registers itself on lunr.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const register: (lunr: unknown) => void
  export default register
}
declare module 'lunr-languages/lunr.pt.js' {
  const register: (lunr: unknown) => void
  export default register
}
