package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Builders for the elements the screens draw most. Each is one plain call
// where a chain of go-app's setters is several interface calls, which keeps
// app.wasm smaller; the HTML is the same.

// classP is <p class="class">text</p>.
func classP(class, text string) app.UI { return app.P().Class(class).Text(text) }

// classSpan is <span class="class">text</span>.
func classSpan(class, text string) app.UI { return app.Span().Class(class).Text(text) }

// classDiv is <div class="class"> holding body.
func classDiv(class string, body ...app.UI) app.UI { return app.Div().Class(class).Body(body...) }

// classUl is <ul class="class"> holding body.
func classUl(class string, body ...app.UI) app.UI { return app.Ul().Class(class).Body(body...) }

// classLi is <li class="class"> holding body.
func classLi(class string, body ...app.UI) app.UI { return app.Li().Class(class).Body(body...) }

// textP is <p>text</p>.
func textP(text string) app.UI { return app.P().Text(text) }

// textH3 is <h3>text</h3>.
func textH3(text string) app.UI { return app.H3().Text(text) }

// classPBody is <p class="class"> holding body.
func classPBody(class string, body ...app.UI) app.UI { return app.P().Class(class).Body(body...) }

// div is <div> holding body.
func div(body ...app.UI) app.UI { return app.Div().Body(body...) }

// pBody is <p> holding body.
func pBody(body ...app.UI) app.UI { return app.P().Body(body...) }

// li is <li> holding body.
func li(body ...app.UI) app.UI { return app.Li().Body(body...) }

// ul is <ul> holding body.
func ul(body ...app.UI) app.UI { return app.Ul().Body(body...) }

// textLi is <li>text</li>.
func textLi(text string) app.UI { return app.Li().Text(text) }

// textSpan is <span>text</span>.
func textSpan(text string) app.UI { return app.Span().Text(text) }

// link is <a href="href">text</a>.
func link(href, text string) app.UI { return app.A().Href(href).Text(text) }
