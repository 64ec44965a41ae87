package tabletest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
)

// AppendRows adds rows (worksheet XML) at the end of the data of a sheet
// of the .xlsx file at path. Setting a cell far out (XFD1048576) with
// excelize writes every row before it; a hostile file has just the one.
func AppendRows(path, sheet, rows string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	read := func(name string) (string, error) {
		for _, f := range z.File {
			if f.Name == name {
				rc, err := f.Open()
				if err != nil {
					return "", err
				}
				defer rc.Close()
				b, err := io.ReadAll(rc)
				return string(b), err
			}
		}
		return "", fmt.Errorf("%s: no part %s", path, name)
	}
	wb, err := read("xl/workbook.xml")
	if err != nil {
		return err
	}
	m := regexp.MustCompile(`<sheet name="` + regexp.QuoteMeta(sheet) + `" sheetId="\d+" r:id="(rId\d+)"`).FindStringSubmatch(wb)
	if m == nil {
		return fmt.Errorf("%s: no sheet %s", path, sheet)
	}
	rels, err := read("xl/_rels/workbook.xml.rels")
	if err != nil {
		return err
	}
	t := regexp.MustCompile(`Id="` + m[1] + `" Target="/?(?:xl/)?([^"]+)"|Target="/?(?:xl/)?([^"]+)"[^>]*Id="` + m[1] + `"`).FindStringSubmatch(rels)
	if t == nil {
		return fmt.Errorf("%s: no target for %s", path, m[1])
	}
	part := "xl/" + t[1] + t[2]
	xml, err := read(part)
	if err != nil {
		return err
	}
	if !strings.Contains(xml, "</sheetData>") {
		xml = strings.Replace(xml, "<sheetData/>", "<sheetData></sheetData>", 1)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range z.File {
		if f.Name != part {
			if err := zw.Copy(f); err != nil {
				return err
			}
			continue
		}
		w, err := zw.Create(part)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(w, strings.Replace(xml, "</sheetData>", rows+"</sheetData>", 1)); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, out.Bytes(), 0o644)
}
