// Package seeds embeds the articles briefbot ships with, so the binary
// answers from any folder with no flags.
package seeds

import "embed"

// FS holds the shipped articles as *.txt files at its root.
//
//go:embed *.txt
var FS embed.FS
