package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The rules every handler in the package keeps, read from its source:
// go-app keeps a re-rendered element's old handler when it looks the same
// (see handle), and a panic must end in the failure screen, not a dead app
// (see rescue).
func TestHandlerRules(t *testing.T) {
	files := parsePackage(t)
	var broken []string
	for name, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			for _, p := range checkFunc(fd) {
				broken = append(broken, name+": "+fd.Name.Name+": "+p)
			}
		}
	}
	sort.Strings(broken)
	assert.Empty(t, broken)
}

// The rules find what they are for: each row is a function that breaks one.
func TestHandlerRulesCatch(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"a captured index with no scope (the Remove button)",
			`func (c *checkScreen) f(i int) app.UI { return app.Button().OnClick(handle(func(ctx app.Context, e app.Event) { c.removeFinding(i) }).args()) }`,
			"captures i"},
		{"a captured id with no scope (the Add button)",
			`func (c *checkScreen) f(a *standards.Area) app.UI { id := "add-" + a.ID; return app.Button().OnClick(handle(func(ctx app.Context, e app.Event) { c.add(id) }).args()) }`,
			"captures id"},
		{"a handler factory's argument with no scope",
			`func (c *checkScreen) f(path string) app.UI { return app.Input().OnInput(handle(c.onInput(path)).args()) }`,
			"captures path"},
		{"a bare handler",
			`func (c *checkScreen) f() app.UI { return app.Button().OnClick(func(ctx app.Context, e app.Event) {}) }`,
			"OnClick without handle"},
		{"the driver's choice read from the page",
			`func (c *checkScreen) f() string { return app.Window().GetElementByID("add").Get("value").String() }`,
			`Get("value")`},
		{"a timer go-app waits for when it stops",
			`func (k *kioskBar) f(ctx app.Context) { ctx.After(time.Second, rescued(k.tick)) }`,
			"ctx.After"},
		{"a component after a condition of several elements (the kiosk bar's take-away)",
			`func (k *kioskBar) f() app.UI { return app.Section().Body(app.If(k.qr != "", app.P(), app.Img()), newPDFDownload()) }`,
			"a component follows an app.If of several elements"},
		{"a dispatched function not rescued",
			`func (c *checkScreen) f(ctx app.Context) { ctx.Dispatch(func(ctx app.Context) {}) }`,
			"Dispatch without rescued"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := parser.ParseFile(token.NewFileSet(), "x.go", "package app\n"+tc.src, 0)
			require.NoError(t, err)
			assert.Contains(t, strings.Join(checkFunc(f.Decls[0].(*ast.FuncDecl)), "; "), tc.want)
		})
	}
	// And passing what was captured as scope is enough.
	f, err := parser.ParseFile(token.NewFileSet(), "x.go", "package app\n"+
		`func (c *checkScreen) f(i int) app.UI { return app.Button().OnClick(handle(func(ctx app.Context, e app.Event) { c.removeFinding(i) }, i).args()) }`, 0)
	require.NoError(t, err)
	assert.Empty(t, checkFunc(f.Decls[0].(*ast.FuncDecl)))
}

func parsePackage(t *testing.T) map[string]*ast.File {
	t.Helper()
	names, err := filepath.Glob("*.go")
	require.NoError(t, err)
	files := map[string]*ast.File{}
	fset := token.NewFileSet()
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		files[name] = f
	}
	return files
}

var eventMethod = regexp.MustCompile(`^On[A-Z][a-z]+$`)

// checkFunc lists how fd breaks the rules.
func checkFunc(fd *ast.FuncDecl) []string {
	var broken []string
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		switch fun := call.Fun.(type) {
		case *ast.Ident:
			if fun.Name == "handle" && fun.Obj == nil && len(call.Args) > 0 {
				for _, v := range captured(fd, call.Args[0]) {
					if !mentions(call.Args[1:], v) {
						broken = append(broken, "handler captures "+v.Name+" but has no scope naming it")
					}
				}
			}
		case *ast.SelectorExpr:
			name := fun.Sel.Name
			switch {
			case eventMethod.MatchString(name):
				if len(call.Args) != 1 || !isCallOf(call.Args[0], "args") {
					broken = append(broken, name+" without handle(…).args()")
				}
			case name == "Get" && len(call.Args) == 1 && (render(call.Args[0]) == `"value"` || render(call.Args[0]) == `"checked"`):
				if render(fun.X) != "ctx.JSSrc()" {
					broken = append(broken, render(call)+": read the driver's choice from the event's element (ctx.JSSrc()), never the page")
				}
			case name == "Body":
				// go-app updates children by position and misplaces a
				// component after a condition whose element count changes.
				for i, a := range call.Args {
					if conditionCounts(a) && i+1 < len(call.Args) && hasComponent(call.Args[i+1:]) {
						broken = append(broken, "a component follows an app.If of several elements: put the If's elements in one element")
					}
				}
			case (name == "After" || name == "Async") && render(fun.X) == "ctx":
				broken = append(broken, "ctx."+name+": go-app waits for it before it stops after a panic, so the failure screen would wait too; use time.AfterFunc and ctx.Dispatch")
			case (name == "Dispatch" || name == "Defer") && (render(fun.X) == "ctx" || render(fun.X) == "ctx.Dispatcher()"):
				if len(call.Args) > 0 && !isCallOf(dispatched(call.Args[len(call.Args)-1]), "rescued") {
					broken = append(broken, name+" without rescued(…)")
				}
			}
		}
		return true
	})
	return broken
}

// captured lists the local variables of fd that the handler h captures:
// those a function literal uses, or the arguments of a call making one.
func captured(fd *ast.FuncDecl, h ast.Expr) []*ast.Ident {
	var inner ast.Node = h
	if call, ok := h.(*ast.CallExpr); ok {
		inner = &ast.CallExpr{Args: call.Args}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
			inner = &ast.CallExpr{Fun: sel.X, Args: call.Args}
		}
	}
	seen := map[*ast.Object]bool{}
	var vars []*ast.Ident
	ast.Inspect(inner, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			ast.Inspect(sel.X, func(n ast.Node) bool { return visitIdent(fd, h, n, seen, &vars) })
			return false
		}
		return visitIdent(fd, h, n, seen, &vars)
	})
	return vars
}

func visitIdent(fd *ast.FuncDecl, h ast.Expr, n ast.Node, seen map[*ast.Object]bool, vars *[]*ast.Ident) bool {
	id, ok := n.(*ast.Ident)
	if !ok || id.Obj == nil || id.Obj.Kind != ast.Var || seen[id.Obj] {
		return true
	}
	decl, ok := id.Obj.Decl.(ast.Node)
	if !ok || decl.Pos() < fd.Pos() || decl.End() > fd.End() {
		return true // not a local of fd
	}
	if decl.Pos() >= h.Pos() && decl.End() <= h.End() {
		return true // declared in the handler itself
	}
	if fd.Recv != nil && decl.Pos() >= fd.Recv.Pos() && decl.End() <= fd.Recv.End() {
		return true // the component itself
	}
	seen[id.Obj] = true
	*vars = append(*vars, id)
	return true
}

// mentions tells whether any of exprs uses the variable v.
func mentions(exprs []ast.Expr, v *ast.Ident) bool {
	found := false
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Obj == v.Obj {
				found = true
			}
			return !found
		})
	}
	return found
}

// conditionCounts tells whether e is an app.If chain with a branch of more
// than one element, so that the number of elements it holds can change.
func conditionCounts(e ast.Expr) bool {
	for {
		call, ok := e.(*ast.CallExpr)
		if !ok {
			return false
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return false
		}
		switch sel.Sel.Name {
		case "If", "ElseIf":
			if len(call.Args) > 2 {
				return true
			}
		case "Else":
			if len(call.Args) > 1 {
				return true
			}
		default:
			return false
		}
		if sel.Sel.Name == "If" {
			return false
		}
		e = sel.X
	}
}

// hasComponent tells whether any of exprs makes a component, newX(…).
func hasComponent(exprs []ast.Expr) bool {
	for _, e := range exprs {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && regexp.MustCompile(`^new[A-Z]`).MatchString(id.Name) {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// dispatched is the function an argument of Dispatch runs.
func dispatched(e ast.Expr) ast.Expr {
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return e
	}
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok && render(kv.Key) == "Function" {
			return kv.Value
		}
	}
	return e
}

func isCallOf(e ast.Expr, name string) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	switch fun := call.Fun.(type) {
	case *ast.Ident:
		return fun.Name == name
	case *ast.SelectorExpr:
		return fun.Sel.Name == name
	}
	return false
}

// render is the source of a small expression or statement, for matching.
func render(n ast.Node) string {
	var b strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Ident:
			b.WriteString(n.Name)
		case *ast.BasicLit:
			b.WriteString(n.Value)
		case *ast.SelectorExpr:
			walk(n.X)
			b.WriteString("." + n.Sel.Name)
		case *ast.CallExpr:
			walk(n.Fun)
			b.WriteString("(")
			for i, a := range n.Args {
				if i > 0 {
					b.WriteString(", ")
				}
				walk(a)
			}
			b.WriteString(")")
		case *ast.UnaryExpr:
			b.WriteString(n.Op.String())
			walk(n.X)
		case *ast.DeferStmt:
			b.WriteString("defer ")
			walk(n.Call)
		case *ast.ExprStmt:
			walk(n.X)
		default:
			b.WriteString("…")
		}
	}
	walk(n)
	return b.String()
}
