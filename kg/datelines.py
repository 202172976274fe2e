"""The capital letters a dateline's place is written in: "MOSCOW —", but also "BRASÍLIA —",
"SÃO PAULO —", "GDAŃSK —". Python's ``re`` has no ``\\p{Lu}``, so this character class lists the
ASCII capitals and the capitals of Latin-1 and Latin Extended-A that place names use; the
dateline patterns of ingestion (the publication date), entities (the dateline's state, a
dateline is no actor) and event dating (a dateline's date dates no event) share it."""

CAPITALS = "A-ZÀ-ÖØ-ÞĄĆČĎĐĘĚĞİŁŃŇŐŒŘŚŞŠŢŤŮŰŹŻŽ"
