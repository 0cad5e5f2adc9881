#!/usr/bin/env python3
"""Builds seed-NNN.html: each seed article (../NNN_*.txt) inside a realistic news page, with a site header and menu,
breadcrumbs, JSON-LD and OpenGraph metadata, a share bar, a captioned picture with a credit, a chart credit line, an
author bio, a related-stories box, a most-read sidebar, previous/next links, a comment section and a footer. The chrome
is full of quotes and speech verbs on purpose: none of it may become a statement. Run from this folder."""
import glob, html, json, os

LAYOUTS = [
    ("Government Press Room", "div", "entry-content", "post-body"),
    ("Alliance Newsroom", "article", "article-body", "story"),
    ("Nordic Daily", "div", "story-body", "content"),
    ("Baltic Times Online", "section", "article__text", "main-column"),
    ("Daily Observer", "div", "field-body", "node-article"),
]

CHROME_QUOTE = "“We will never give up,” said Mayor Lars Vik"

def page(index, path):
    site, body_tag, body_class, wrapper_class = LAYOUTS[index % len(LAYOUTS)]
    lines = [l.strip() for l in open(path, encoding="utf-8").read().split("\n")]
    lines = [l for l in lines if l]
    headline, paragraphs = lines[0], lines[1:]
    e = html.escape
    meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
            "author": [{"@type": "Person", "name": "Anna Example"}], "publisher": {"@type": "Organization", "name": site},
            "datePublished": "2023-05-30T18:18:00+02:00", "dateModified": "2023-05-31T09:00:00+02:00", "inLanguage": "en"}
    body = []
    for i, p in enumerate(paragraphs):
        body.append(f"      <p>{e(p)}</p>")
        if i == 1:
            body.append(f"""      <figure class="wp-block-image"><img src="photo.jpg" alt="">
        <figcaption>{e(CHROME_QUOTE)}, at the harbour on Monday. Photo: Reuters/Anna Berg</figcaption></figure>""")
        if i == 3:
            body.append("""      <div class="chart"><img src="chart.png" alt="Chart"></div>
      <p class="chart-note">Source: Reuters</p>""")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(headline)} | {e(site)}</title>
  <meta property="og:title" content="{e(headline)}">
  <meta property="og:site_name" content="{e(site)}">
  <meta name="author" content="Anna Example">
  <link rel="canonical" href="https://news.example.org/{index:03d}/article.html">
  <script type="application/ld+json">{json.dumps(meta, ensure_ascii=False)}</script>
  <script>window.dataLayer = [{{"quote": "“Not a statement,” said the script"}}];</script>
  <style>body {{ font-family: "Helvetica Neue", Arial; }}</style>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">{e(site)}</a>
    <nav class="main-menu"><ul><li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  </header>
  <div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a></div>
  <div class="{wrapper_class}">
    <main>
    <article>
      <h1>{e(headline)}</h1>
      <div class="byline">By <a rel="author" href="/authors/anna">Anna Example</a></div>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet “This is big,” says reader</a></div>
      <{body_tag} class="{body_class}">
{chr(10).join(body)}
      </{body_tag}>
      <div class="author-bio"><p>Anna Example is a correspondent. “I love the news,” she says. Coffee addict. Web guru.</p></div>
      <nav class="post-navigation"><a href="/prev">Previous Article</a> <a href="/prev">Minister says taxes will rise</a> <a href="/next">Next Article</a> <a href="/next">Berg: “We are ready”</a></nav>
    </article>
    </main>
    <aside class="sidebar">
      <h3>Most read</h3>
      <ol><li><a href="/1">“Taxes will rise next year,” minister Erik Dahl said on Monday</a></li>
          <li><a href="/2">Officials said the bridge would reopen soon, according to the agency</a></li></ol>
    </aside>
  </div>
  <section class="related-articles">
    <h2>Read also</h2>
    <ul><li><a href="/3">President says the talks were “calm and orderly”</a></li>
        <li><a href="/4">Opposition leader Kari Berg told reporters that she will run again</a></li></ul>
  </section>
  <section id="comments" class="comments-area">
    <h3>2 comments</h3>
    <div class="comment"><p>“This is outrageous,” said commenter Joe Smith. The mayor said that nobody listens.</p></div>
    <div class="comment"><p>I agree. As my neighbour told me, “they never learn.”</p></div>
    <form class="comment-form"><textarea>Leave a comment</textarea><button>Post “now”</button></form>
  </section>
  <footer class="site-footer"><p>© {e(site)}. “Quality journalism,” says our editor. <a href="/about">About us</a> <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""

for index, path in enumerate(sorted(glob.glob("../[0-9][0-9][0-9]_*.txt"))):
    with open(f"seed-{os.path.basename(path)[:3]}.html", "w", encoding="utf-8") as out:
        out.write(page(index, path))
