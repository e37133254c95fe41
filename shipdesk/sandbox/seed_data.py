"""Word lists for the seed: names, streets, cities and products a small US web shop would have."""

from __future__ import annotations

FIRST = ("Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas", "Mia",
         "Mason", "Amelia", "Ethan", "Harper", "Logan", "Evelyn", "Aiden", "Abigail", "Carter", "Ella",
         "Grace", "Henry", "Chloe", "Jack", "Nora", "Owen", "Riley", "Wyatt", "Zoe", "María", "José")
LAST = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Clark", "O'Neil", "Nguyen")
STREETS = ("Main St", "Oak Ave", "Pine St", "Maple Dr", "Cedar Ln", "Elm St", "Washington Blvd",
           "Lakeview Rd", "Sunset Blvd", "Highland Ave", "Park Pl", "River Rd", "Church St", "Mill Rd")
# (city, state, postal code)
US_CITIES = (("Austin", "TX", "78701"), ("Seattle", "WA", "98101"), ("Denver", "CO", "80202"),
             ("Boston", "MA", "02108"), ("Chicago", "IL", "60601"), ("Miami", "FL", "33130"),
             ("Portland", "OR", "97205"), ("Phoenix", "AZ", "85004"), ("Atlanta", "GA", "30303"),
             ("Nashville", "TN", "37203"), ("Brooklyn", "NY", "11201"), ("San Diego", "CA", "92101"),
             ("Columbus", "OH", "43215"), ("Madison", "WI", "53703"), ("Anchorage", "AK", "99501"),
             ("Honolulu", "HI", "96813"), ("Burlington", "VT", "05401"), ("Boise", "ID", "83702"))
# (name, street1, city, state, postal, country) — Roman-script international addresses
INTL_ROMAN = (("Chloé Dubois", "12 Rue de Rivoli", "Paris", "", "75001", "FR"),
              ("Lukas Schneider", "Friedrichstraße 43", "Berlin", "", "10117", "DE"),
              ("Oliver Hughes", "221B Baker Street", "London", "", "NW1 6XE", "GB"),
              ("Sophie Tremblay", "1200 Rue Sherbrooke O", "Montréal", "QC", "H3A 1H6", "CA"),
              ("Jack Wilson", "88 George St", "Sydney", "NSW", "2000", "AU"),
              ("Sven Larsen", "Karl Johans gate 22", "Oslo", "", "0159", "NO"))
# Non-Roman script: ShipStation V1 prints these as "???" (help centre), so ShipDesk must catch them.
INTL_NON_ROMAN = (("山田 太郎", "千代田区丸の内1-9-1", "東京都", "", "100-0005", "JP"),
                  ("佐藤 花子", "大阪市北区梅田3-1-1", "大阪府", "", "530-0001", "JP"),
                  ("王 伟", "浦东新区世纪大道100号", "上海市", "", "200120", "CN"),
                  ("李 娜", "朝阳区建国路88号", "北京市", "", "100022", "CN"),
                  ("Иван Петров", "ул. Тверская, д. 7", "Москва", "", "125009", "RU"),
                  ("Олена Коваленко", "вул. Хрещатик, 22", "Київ", "", "01001", "UA"))
# (sku, name, price, weight oz, customs description, HS code)
PRODUCTS = (("TOTE", "Canvas Tote Bag", "18.00", 9, "Cotton tote bag", "4202.92"),
            ("MUG", "Stoneware Mug 12oz", "16.50", 14, "Ceramic mug", "6912.00"),
            ("TEE", "Organic Cotton T-Shirt", "24.00", 6, "Cotton t-shirt", "6109.10"),
            ("HOOD", "Fleece Hoodie", "48.00", 22, "Cotton hoodie", "6110.20"),
            ("CAP", "Embroidered Cap", "22.00", 4, "Cotton cap", "6505.00"),
            ("SOCK", "Wool Socks (pair)", "14.00", 3, "Wool socks", "6115.94"),
            ("CNDL", "Soy Candle", "19.00", 12, "Soy wax candle", "3406.00"),
            ("JRNL", "Dot Grid Journal", "17.50", 11, "Paper notebook", "4820.10"),
            ("PEN", "Brass Pen", "32.00", 2, "Brass pen", "9608.10"),
            ("STKR", "Sticker Pack", "6.00", 1, "Paper stickers", "4911.91"),
            ("POST", "Art Print 11x14", "28.00", 5, "Printed poster", "4911.91"),
            ("BTL", "Insulated Bottle", "29.00", 15, "Steel bottle", "9617.00"),
            ("APRN", "Linen Apron", "36.00", 10, "Linen apron", "6211.49"),
            ("SCRF", "Knit Scarf", "34.00", 7, "Wool scarf", "6117.10"),
            ("SOAP", "Handmade Soap", "9.00", 5, "Soap bar", "3401.11"),
            ("TEA", "Loose Leaf Tea Tin", "15.00", 4, "Tea", "0902.30"))
SIZES = ("S", "M", "L", "XL")
COLORS = ("Black", "Natural", "Navy", "Sage")
