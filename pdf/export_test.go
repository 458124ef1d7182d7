package pdf

// PageTexts is pageTexts for the agreement test, which runs the commands
// from outside the package.
var PageTexts = pageTexts
