#!/usr/bin/python3
# Edits a DOCX in LibreOffice through UNO, as a leader would in a word processor, and saves it as Word 2007 XML.
# Usage: lo-edit.py <in.docx> <out.docx> <spec.json> ; spec = {"author": str, "track": bool, "ops": [...]}.
# ops: ["replace", find, with] | ["delpara", containing] | ["after", containing, newText] | ["split", after]
#      | ["comment", on, author, text] | ["bold", text]
import json, os, subprocess, sys, tempfile, time, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

def main():
    src, dst, spec_path = sys.argv[1:4]
    spec = json.load(open(spec_path, encoding='utf-8'))
    work = tempfile.mkdtemp(prefix='qicao-lo-')
    profile = os.path.join(work, 'profile')
    # A private copy: LibreOffice leaves a lock file beside what it opens, and a locked file does not load over UNO.
    src_copy = os.path.join(work, 'in.docx')
    subprocess.run(['cp', src, src_copy], check=True)
    pipe = 'qicao_lo_%d' % os.getpid()
    proc = subprocess.Popen(['soffice', '-env:UserInstallation=file://' + profile, '--headless', '--invisible',
                             '--norestore', '--nologo', '--accept=pipe,name=%s;urp;' % pipe],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe); break
            except Exception:
                time.sleep(0.25)
        if ctx is None: raise SystemExit('LibreOffice did not start')
        smgr = ctx.ServiceManager
        if spec.get('author'):
            # The author LibreOffice writes on tracked changes is the user's name in the profile.
            cp = smgr.createInstanceWithContext('com.sun.star.configuration.ConfigurationProvider', ctx)
            node = cp.createInstanceWithArguments('com.sun.star.configuration.ConfigurationUpdateAccess',
                                                  (prop('nodepath', '/org.openoffice.UserProfile/Data'),))
            node.setPropertyValue('givenname', spec['author']); node.setPropertyValue('sn', '')
            node.commitChanges()
        desktop = smgr.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src_copy), '_blank', 0, (prop('Hidden', True),))
        if doc is None: raise SystemExit('LibreOffice could not open ' + src)
        doc.RecordChanges = bool(spec.get('track', True))
        text = doc.Text
        def find(s):
            d = doc.createSearchDescriptor(); d.SearchString = s
            r = doc.findFirst(d)
            if r is None: raise SystemExit('not found: ' + s)
            return r
        for op in spec['ops']:
            kind = op[0]
            if kind == 'replace':
                r = find(op[1]); r.setString(op[2])
            elif kind == 'delpara':
                c = text.createTextCursorByRange(find(op[1]))
                c.gotoStartOfParagraph(False); c.gotoNextParagraph(True); c.setString('')
            elif kind == 'after':
                c = text.createTextCursorByRange(find(op[1]))
                c.gotoEndOfParagraph(False)
                text.insertControlCharacter(c, 0, False)  # PARAGRAPH_BREAK
                text.insertString(c, op[2], False)
            elif kind == 'split':
                c = text.createTextCursorByRange(find(op[1])); c.collapseToEnd()
                text.insertControlCharacter(c, 0, False)
            elif kind == 'comment':
                ann = doc.createInstance('com.sun.star.text.textfield.Annotation')
                ann.Author = op[2]; ann.Content = op[3]
                text.insertTextContent(find(op[1]), ann, True)
            elif kind == 'bold':
                find(op[1]).CharWeight = 150.0
            else:
                raise SystemExit('unknown op ' + kind)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop('FilterName', 'MS Word 2007 XML'),))
        doc.close(True)
        try: desktop.terminate()
        except Exception: pass
    finally:
        try: proc.wait(timeout=20)
        except subprocess.TimeoutExpired: proc.kill()
        subprocess.run(['rm', '-rf', work])

main()
