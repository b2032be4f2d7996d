/** Document frequencies and BM25-style idf of index terms, cached per engine. */
import type { PostingReader } from './postings'

export class TermStatistics {
  private readonly documentFrequency = new Map<string, number>()

  constructor(
    private readonly postings: PostingReader,
    readonly documentCount: number,
  ) {}

  /** Number of documents containing the term. */
  df(term: string): number {
    let df = this.documentFrequency.get(term)
    if (df === undefined) {
      df = this.postings.documentFrequency(term)
      this.documentFrequency.set(term, df)
    }
    return df
  }

  /** BM25-style inverse document frequency of an index term. */
  idf(term: string): number {
    const df = this.df(term)
    return Math.log(1 + (this.documentCount - df + 0.5) / (df + 0.5))
  }
}
