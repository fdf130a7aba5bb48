//! Test pages written for these tests (our own words), shared by the test files.
#![allow(dead_code)]

/// A news page with the usual furniture around one article.
pub const NEWS_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Envoys agree to meet again in Vienna | The Sample Gazette</title>
<meta property="og:site_name" content="The Sample Gazette">
<meta property="og:title" content="Envoys agree to meet again in Vienna">
<meta name="author" content="Ada Lovelace">
<meta property="article:published_time" content="2025-11-19T08:15:00+01:00">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Envoys agree to meet again in Vienna",
 "datePublished":"2025-11-19T08:15:00+01:00","author":{"@type":"Person","name":"Ada Lovelace"},
 "publisher":{"@type":"Organization","name":"The Sample Gazette"}}
</script>
<style>.x { color: red }</style>
<script>window.tracker = { page: "article" };</script>
</head>
<body class="article-page">
<div id="cookie-banner">We use cookies to improve your visit. <button>Accept</button></div>
<header class="site-header"><a href="/">The Sample Gazette</a>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main>
<article>
  <h1>Envoys agree to meet again in Vienna</h1>
  <div class="byline">By Ada Lovelace, <time datetime="2025-11-19">19 November 2025</time></div>
  <div class="share-tools"><a href="#">Share on social media</a> <a href="#">Email</a></div>
  <div class="article-body">
    <p>Negotiators from the two delegations agreed on Tuesday to hold a further round of talks in Vienna next month, according to a joint statement released after a long day of meetings.</p>
    <p>The statement said both sides had <a href="/topics/trade">discussed trade</a>, prisoner exchanges and the reopening of consulates, and that working groups would meet before the envoys return.</p>
    <figure><img src="/a.jpg" alt=""><figcaption>The envoys outside the conference hall. Photo: Staff</figcaption></figure>
    <h2>What comes next</h2>
    <p>Officials familiar with the talks said the next session would focus on a timetable for the exchanges, though no date has been fixed.</p>
    <blockquote><p>"We have made progress, but a great deal of work remains," one of the envoys told reporters.</p></blockquote>
    <ul>
      <li>A working group on trade will meet in two weeks.</li>
      <li>Consular staff are to return to both capitals by spring.</li>
    </ul>
    <div class="ad-slot">Advertisement</div>
    <p>The talks are the fourth round this year &amp; the first held without a mediator present.</p>
  </div>
  <section class="related-articles"><h3>Related</h3>
    <ul><li><a href="/1">Earlier talks ended without agreement</a></li><li><a href="/2">Trade figures fall again</a></li></ul>
  </section>
</article>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/m1">A story many people read today</a></li></ol></aside>
<section id="comments"><h3>Comments</h3><div class="comment"><p>This is a reader's comment that should never appear in the article text at all.</p></div></section>
</main>
<footer><p>Copyright 2025 The Sample Gazette. All rights reserved.</p><a href="/about">About us</a></footer>
</body>
</html>
"##;

/// An old table-layout page: paragraphs split by `<br><br>`, `<font>` tags, a menu column.
pub const TABLE_PAGE: &str = r##"<html><head><title>Trade talks - Valley Herald</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table width="100%"><tr>
<td width="150" class="menu"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a><br><a href="/contact">Contact</a></td>
<td><font face="Arial"><b>Trade talks</b><br><br>
Delegates from the valley towns met on Monday evening to discuss the new tariff schedule, which the regional council approved last spring after a long debate.<br><br>
The mayor said the talks had been "frank and useful", and that a second meeting would follow before the harvest, when most of the trade takes place.<br><br>
Residents may send their comments to the council office until the end of the month.
</font></td></tr></table>
<center><small>Valley Herald 2025</small></center></body></html>"##;
