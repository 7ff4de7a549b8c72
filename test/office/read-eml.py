"""Reads an e-mail draft with Python's own email package, a parser de06 did not write, and prints
what a mail client would show as JSON: decoded headers, the plain-text body, each attachment's
name, type and size, and whether it opens (a .docx is a zip with word/document.xml, a .pdf starts
with %PDF). The attachments are saved into the folder given second, for LibreOffice to open."""
import email
import email.policy
import io
import json
import os
import sys
import zipfile

path, out = sys.argv[1], sys.argv[2]
with open(path, 'rb') as f:
    message = email.message_from_binary_file(f, policy=email.policy.default)
attachments = []
for part in message.iter_attachments():
    data = part.get_content()
    name = part.get_filename()
    opens = False
    if name.endswith('.docx'):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            opens = 'word/document.xml' in z.namelist()
    elif name.endswith('.pdf'):
        opens = data.startswith(b'%PDF')
    elif name.endswith('.xlsx'):
        # a progress form: openpyxl opens it and reads whose form it is from its identity sheet
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        identity = {row[0].value: row[1].value for row in wb['_de06'].iter_rows(min_row=1, max_row=9)}
        opens = {'unit': identity['unit'], 'period': identity['period'], 'sheets': wb.sheetnames}
    with open(os.path.join(out, name), 'wb') as f:
        f.write(data)
    attachments.append({'filename': name, 'type': part.get_content_type(), 'size': len(data), 'opens': opens})
print(json.dumps({
    'subject': str(message['Subject']),
    'from': str(message['From']),
    'to': str(message['To']),
    'date': str(message['Date']),
    'messageId': str(message['Message-ID']),
    'unsent': str(message['X-Unsent']),
    'defects': [str(d) for d in message.defects],
    'body': message.get_body(('plain',)).get_content(),
    'attachments': attachments,
}, ensure_ascii=False))
