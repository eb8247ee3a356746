"""Name data for person keys: official Latin spellings that a letter table cannot derive.

Kept as plain Python data so it ships with the package without package-data configuration.
Add a name here when its official English spelling differs from the rule-based one.
"""

from __future__ import annotations

# Cyrillic name word (lower case) -> official Latin spelling. Mostly Azerbaijani names, whose
# Russian spelling uses х/г/дж for sounds English writes h/h/j.
CYRILLIC_NAMES: dict[str, str] = {
    "ильхам": "Ilham", "гейдар": "Heydar", "джейхун": "Jeyhun", "мехрибан": "Mehriban",
    "алирза": "Alirza", "эльмар": "Elmar", "мамедъяров": "Mammadyarov", "мамедов": "Mammadov",
    "хикмет": "Hikmet", "гаджиев": "Hajiyev", "гасанов": "Hasanov", "гусейнов": "Huseynov",
    "шахин": "Shahin", "мустафаев": "Mustafayev", "али": "Ali", "асадов": "Asadov",
    "самир": "Samir", "шарифов": "Sharifov", "микаил": "Mikayil", "джаббаров": "Jabbarov",
    "эльчин": "Elchin", "амирбеков": "Amirbayov", "гахраманов": "Gahramanov", "сахиба": "Sahiba",
    "гафарова": "Gafarova", "ализаде": "Alizade", "алекпер": "Alakbar", "теймур": "Teymur",
    "александр": "Alexander", "алексей": "Alexey", "дмитрий": "Dmitry", "юрий": "Yury",
    "георгий": "Georgy", "евгений": "Yevgeny", "михаил": "Mikhail", "мишустин": "Mishustin",
    "никол": "Nikol", "пашинян": "Pashinyan", "реджеп": "Recep", "тайип": "Tayyip",
    "эрдоган": "Erdogan", "шарль": "Charles", "мишель": "Michel", "эммануэль": "Emmanuel",
    "макрон": "Macron", "шольц": "Scholz", "олаф": "Olaf", "лукашенко": "Lukashenko",
    "касым-жомарт": "Kassym-Jomart", "токаев": "Tokayev", "шавкат": "Shavkat",
    "мирзиёев": "Mirziyoyev", "захарова": "Zakharova", "мария": "Maria", "песков": "Peskov",
}

# ASCII spellings met in English texts -> the one the key uses.
ASCII_VARIANTS: dict[str, str] = {
    "Sergei": "Sergey", "Sergej": "Sergey", "Dmitri": "Dmitry", "Dmitriy": "Dmitry",
    "Aleksandr": "Alexander", "Aleksander": "Alexander", "Yuri": "Yury", "Yuriy": "Yury",
    "Aliev": "Aliyev", "Alieva": "Aliyeva", "Geydar": "Heydar", "Heidar": "Heydar",
    "Ilkham": "Ilham", "Dzheykhun": "Jeyhun", "Ceyhun": "Jeyhun", "Bairamov": "Bayramov",
    "Mamedov": "Mammadov", "Mamedyarov": "Mammadyarov", "Mekhriban": "Mehriban",
    "Aleksei": "Alexey", "Alexei": "Alexey", "Evgeny": "Yevgeny", "Mirziyoev": "Mirziyoyev",
    "Erdoan": "Erdogan",
}

# (first initial, surname) -> key, for labels such as "В.Путин:" or "I.Aliyev:".
KNOWN_BY_INITIAL: dict[tuple[str, str], str] = {
    ("V", "Putin"): "VladimirPutin", ("I", "Aliyev"): "IlhamAliyev", ("H", "Aliyev"): "HeydarAliyev",
    ("G", "Aliyev"): "HeydarAliyev", ("M", "Aliyeva"): "MehribanAliyeva", ("S", "Lavrov"): "SergeyLavrov",
    ("J", "Bayramov"): "JeyhunBayramov", ("D", "Medvedev"): "DmitryMedvedev",
    ("M", "Mishustin"): "MikhailMishustin", ("D", "Peskov"): "DmitryPeskov",
    ("M", "Zakharova"): "MariaZakharova", ("N", "Pashinyan"): "NikolPashinyan",
    ("A", "Lukashenko"): "AlexanderLukashenko", ("R", "Erdogan"): "RecepTayyipErdogan",
    ("E", "Macron"): "EmmanuelMacron", ("O", "Scholz"): "OlafScholz", ("C", "Michel"): "CharlesMichel",
    ("S", "Mirziyoyev"): "ShavkatMirziyoyev", ("K", "Tokayev"): "KassymJomartTokayev",
    ("E", "Mammadyarov"): "ElmarMammadyarov", ("H", "Hajiyev"): "HikmetHajiyev",
}
