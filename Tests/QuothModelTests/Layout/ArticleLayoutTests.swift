import Foundation
import Testing

@testable import QuothModel

@Suite("Article layout")
struct ArticleLayoutTests {
  let article = LayoutFixture.mixed

  @Test("blocks are separated by one blank line", arguments: [20, 40, 80])
  func separators(width: Int) {
    let layout = ArticleLayout(article: article, width: width)
    #expect(layout.lines.first?.block == 0)
    #expect(layout.lines.last?.block == article.blocks.count - 1)
    for block in article.blocks.indices {
      let range = layout.lines(for: block)
      #expect(!range.isEmpty)
      #expect(layout.firstLine(ofBlock: block) == range.lowerBound)
      for index in range { #expect(layout.lines[index].block == block) }
      if block > 0 {
        #expect(layout.lines[range.lowerBound - 1].block == nil)
        #expect(layout.lines[range.lowerBound - 1].width == 0)
        #expect(layout.lines[range.lowerBound - 2].block == block - 1)
      }
    }
    #expect(layout.lines.filter(\.isSeparator).count == article.blocks.count - 1)
    #expect(layout.firstLine(ofBlock: 99) == nil)
    #expect(layout.lines(for: 99).isEmpty)
  }

  @Test("spans map back to the block's text", arguments: [1, 2, 3, 7, 15, 33, 80])
  func spansMapBack(width: Int) {
    let layout = ArticleLayout(article: article, width: width)
    for (index, block) in article.blocks.enumerated() {
      let lines = layout.lines(for: index).map { layout.lines[$0] }
      var shown: [Unicode.Scalar] = []
      var previousEnd = block.span.start
      for line in lines {
        #expect(line.span.start >= previousEnd && line.span.end <= block.span.end)
        for offset in previousEnd..<line.span.start {
          #expect(LineBreaker.isBreakSpace(article.text[offset].value))
        }
        shown += article.text[line.span.start..<line.span.end]
        #expect(line.width == DisplayWidth.shown(article.text[line.span.start..<line.span.end]))
        #expect(
          line.width <= layout.width
            || LayoutFixture.clusterCount(article.text[line.span.start..<line.span.end]) == 1)
        previousEnd = line.span.end
      }
      let expected = article.text[block.span.start..<block.span.end].filter {
        !LineBreaker.isBreakSpace($0.value)
      }
      #expect(shown.filter { !LineBreaker.isBreakSpace($0.value) } == expected)
    }
  }

  @Test("the words of a paragraph come back joined by spaces")
  func words() {
    let layout = ArticleLayout(article: article, width: 24)
    let lines = layout.lines(for: 1).map { article.string(layout.lines[$0].span) }
    #expect(lines.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
    #expect(
      lines.joined(separator: " ").replacingOccurrences(of: "- ", with: "-")
        == article.string(article.blocks[1].span))
  }

  @Test("line(containing:) finds the line of every offset", arguments: [5, 12, 40])
  func lineContaining(width: Int) {
    let layout = ArticleLayout(article: article, width: width)
    for (index, line) in layout.lines.enumerated() where line.block != nil {
      for offset in line.span.start..<line.span.end { #expect(layout.line(containing: offset) == index) }
    }
    // White space at a wrap point and the blank lines between blocks go to the next text line.
    let secondBlock = layout.firstLine(ofBlock: 1)!
    #expect(layout.line(containing: article.blocks[0].span.end) == secondBlock)
    #expect(layout.line(containing: article.blocks[1].span.start - 1) == secondBlock)
    let first = layout.lines[secondBlock]
    #expect(layout.line(containing: first.span.end) == secondBlock + 1)
    #expect(layout.line(containing: article.text.count + 10) == layout.lines.count - 1)
    #expect(layout.line(containing: 0) == 0)
  }

  @Test(
    "the measure caps the width",
    arguments: [(200, nil, 80), (200, 60, 60), (30, nil, 30), (30, 60, 30), (0, nil, 1), (10, 0, 1)]
      as [(Int, Int?, Int)]
  )
  func measure(width: Int, measure: Int?, effective: Int) {
    let layout =
      measure.map { ArticleLayout(article: article, width: width, measure: $0) }
      ?? ArticleLayout(article: article, width: width)
    #expect(layout.width == effective)
    #expect(
      layout.lines.allSatisfy {
        $0.width <= effective || LayoutFixture.clusterCount(article.text[$0.span.start..<$0.span.end]) == 1
      })
  }

  @Test("re-layout keeps the reader on the same text", arguments: [(80, 30), (30, 80), (40, 7), (7, 120)])
  func anchor(from oldWidth: Int, to newWidth: Int) {
    let old = ArticleLayout(article: article, width: oldWidth, measure: 200)
    let new = ArticleLayout(article: article, width: newWidth, measure: 200)
    for top in old.lines.indices {
      let offset = old.anchorOffset(ofLine: top)
      let newTop = new.line(anchoredAt: offset)
      let line = new.lines[newTop]
      #expect(line.block != nil)
      if let block = old.lines[top].block {
        #expect(line.block == block)
        #expect(line.span.contains(offset) || (line.span.isEmpty && line.span.start == offset))
      } else {
        #expect(newTop == new.firstLine(ofBlock: line.block!))
      }
    }
  }

  @Test("columns map to offsets and back")
  func columns() {
    let paragraph = "ab中c\u{301}d"
    let article = LayoutFixture.article([paragraph])
    let layout = ArticleLayout(article: article, width: 80)
    let offsets = (0..<7).map { layout.offset(atColumn: $0, inLine: 0, text: article.text) }
    #expect(offsets == [0, 1, 2, 2, 3, 5, 6])
    #expect(
      (0...6).map { layout.column(ofOffset: $0, inLine: 0, text: article.text) } == [0, 1, 2, 4, 5, 5, 6])
  }

  @Test("an article without blocks lays out to no lines")
  func empty() {
    let layout = ArticleLayout(article: LayoutFixture.article([]), width: 40)
    #expect(layout.lines.isEmpty)
    #expect(layout.line(containing: 3) == 0)
    #expect(layout.anchorOffset(ofLine: 3) == 0)
  }

  @Test("a large article lays out in linear time")
  func large() {
    let paragraph = String(repeating: "Word after word, 中文字 and more text. ", count: 200)
    let article = LayoutFixture.article(Array(repeating: paragraph, count: 100))
    let layout = ArticleLayout(article: article, width: 72)
    #expect(layout.lines.count > 100 * 100)
    #expect(layout.line(containing: article.text.count / 2) > 0)
  }
}
