"""CSV files in each encoding people have, with names in its languages (for the reader, CLI and wizard tests)."""

from __future__ import annotations

#: Three short rows in each language, as a rep's small export holds them (short files are the hard case).
NAMES = {
    "German/French": [["Jürgen Müller GmbH", "Jürgen Müller", "München"], ["Société Générale", "Hélène", "Orléans"],
                      ["Crème Brûlée SARL", "François Nöel", "Zürich"]],
    "Windows-only": [["Œuvres d’Art SARL", "“Zoé” Bœuf", "Straße – Ålborg"], ["Ærø Øl A/S", "Søren Ærø", "Æbeltoft"]],
    "简体": [["深圳华创科技有限公司", "张伟", "深圳"], ["新锐材料有限公司", "李娜", "苏州"], ["北京远辰贸易有限公司", "王芳", "北京"]],
    "繁體": [["台灣積體電路製造股份有限公司", "陳美玲", "新竹"], ["鴻海精密工業", "林志豪", "臺北"], ["統一企業", "黃淑芬", "臺南"]],
    "日本語": [["株式会社ヤマダ電機", "山田 太郎", "東京"], ["さくら商事", "鈴木 花子", "大阪"], ["日本通運", "佐藤 健", "名古屋"]],
    "mixed": [["Jürgen Müller GmbH", "张伟", "München"], ["台灣積體電路", "山田 太郎", "東京"],
              ["Société Générale", "Hélène", "Orléans"]],
}  # fmt: skip
#: (language, Python codec it is written in, the encoding shown to the rep)
WRITTEN = [("German/French", "cp1252", "Windows-1252"), ("German/French", "latin-1", "Windows-1252"),
           ("Windows-only", "cp1252", "Windows-1252"), ("简体", "gb18030", "GB18030"), ("简体", "gbk", "GB18030"),
           ("繁體", "big5", "Big5"), ("繁體", "cp950", "Big5"), ("日本語", "shift_jis", "Shift_JIS"),
           ("日本語", "cp932", "Shift_JIS"), ("mixed", "utf-8", "UTF-8"), ("mixed", "utf-8-sig", "UTF-8"),
           ("mixed", "utf-16", "UTF-16"), ("mixed", "utf-16-le", "UTF-16"),
           ("mixed", "utf-16-be", "UTF-16")]  # fmt: skip
#: Finnish in Windows-1252 that GB18030 reads as well: “Sillanp滗 Oy,Pyht滗”.
AMBIGUOUS = "name,city\nSillanpää Oy,Pyhtää\n".encode("cp1252")


def csv_in(language: str, codec: str) -> bytes:
    """A customers CSV (name, contact, city) of *language*'s rows in *codec*, as Excel writes it."""
    rows = [["name", "contact", "city"], *NAMES[language]]
    return "".join(",".join(row) + "\r\n" for row in rows).encode(codec)
