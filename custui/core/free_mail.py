"""Free mail services: an e-mail at one of them says nothing about the company a person works for.

The one list custui keeps of them.  The duplicate finder uses it (a shared
gmail.com is no evidence that two customers are one), and so does an import of
one row per person (colleagues are grouped by their company's domain, never by
qq.com or 163.com).  Families with a domain per country (yahoo.co.uk,
hotmail.fr, outlook.de…) are known by their first label.
"""

from __future__ import annotations

FREE_MAIL = frozenset(
    "qq.com vip.qq.com foxmail.com 163.com vip.163.com 126.com yeah.net 188.com sina.com sina.cn vip.sina.com "
    "sohu.com aliyun.com 139.com 189.cn wo.cn 21cn.com tom.com 263.net"
    " gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com icloud.com me.com mac.com"
    " aol.com gmx.de gmx.net gmx.com web.de t-online.de proton.me protonmail.com pm.me yandex.ru yandex.com"
    " mail.ru zoho.com mail.com hey.com fastmail.com naver.com daum.net hanmail.net".split()
)
#: Services with a domain per country: yahoo.co.jp, hotmail.fr, outlook.de, live.cn, gmx.at…
FREE_MAIL_FAMILIES = frozenset("yahoo ymail hotmail outlook live windowslive gmx".split())


def is_free_mail(domain: str | None) -> bool:
    """True for a free mail service's domain (any case): gmail.com, QQ.com, yahoo.co.uk."""
    domain = (domain or "").strip().casefold().rstrip(".")
    return domain in FREE_MAIL or domain.split(".", 1)[0] in FREE_MAIL_FAMILIES


def company_domain(email: str | None) -> str | None:
    """The organisation's domain of an e-mail ("Li@Acme.COM" → "acme.com"); None for free mail or no e-mail."""
    if not email or "@" not in email:
        return None
    domain = email.rpartition("@")[2].strip().casefold().rstrip(".")
    return None if not domain or is_free_mail(domain) else domain
