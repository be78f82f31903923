<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="45" />
        <source>{0}: N {1}, mean {2:.4f}, median {3:.4f}, max {4:.4f}, P90 {5:.4f}, P95 {6:.4f} (1/km).</source>
        <translation>{0}: N {1}, gemiddelde {2:.4f}, mediaan {3:.4f}, max. {4:.4f}, P90 {5:.4f}, P95 {6:.4f} (1/km).</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="63" />
        <source>Published values exist only for {0}, not for “{1}”: compute the benchmark from the input or enter the values.</source>
        <translation>Gepubliceerde waarden bestaan alleen voor {0}, niet voor “{1}”: bereken de benchmark uit de invoer of voer de waarden in.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="72" />
        <source>Enter {0}, or choose another source of benchmark values.</source>
        <translation>Voer {0} in, of kies een andere bron voor de benchmarkwaarden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="75" />
        <source>The sector has no definition naming its benchmark: choose Industry or Services as benchmark, or enter the values.</source>
        <translation>De sector heeft geen definitie die de benchmark noemt: kies Industrie of Diensten als benchmark, of voer de waarden in.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="81" />
        <source>Computing the {0} from the input needs the SBI code field (or choose the published or entered values).</source>
        <translation>Om {0} uit de invoer te berekenen is het SBI-codeveld nodig (of kies de gepubliceerde of ingevoerde waarden).</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="92" />
        <source>{0}: {1} establishments of {2} ({3}).</source>
        <translation>{0}: {1} vestigingen van {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="95" />
        <source>The {0} has {1} located establishments in layer “{2}”: at least two are needed to compute its D-scores and statistics. Choose the published or entered values instead.</source>
        <translation>{0} heeft {1} vestigingen met een locatie in laag “{2}”: er zijn er minstens twee nodig om de D-scores en statistieken te berekenen. Kies in plaats daarvan de gepubliceerde of ingevoerde waarden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="111" />
        <source>P95 ({0}) must not be below P90 ({1}).</source>
        <translation>P95 ({0}) mag niet lager zijn dan P90 ({1}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="112" />
        <source>Thresholds entered: P90 {0}, P95 {1}.</source>
        <translation>Ingevoerde drempelwaarden: P90 {0}, P95 {1}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="116" />
        <source>Published thresholds (the Netherlands 2011, d0 = 1 km), {0}: P90 {1}, P95 {2}.</source>
        <translation>Gepubliceerde drempelwaarden (Nederland 2011, d0 = 1 km), {0}: P90 {1}, P95 {2}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="129" />
        <source>Benchmark mean D entered: {0:.4f}.</source>
        <translation>Ingevoerde gemiddelde D van de benchmark: {0:.4f}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="131" />
        <source>No benchmark is known for this sector (it has no definition naming one): choose Industry or Services, or enter the benchmark mean D. Region types are NULL.</source>
        <translation>Voor deze sector is geen benchmark bekend (geen definitie noemt er een): kies Industrie of Diensten, of voer de gemiddelde D van de benchmark in. Regiotypen zijn NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="136" />
        <source>{0}: published mean D, the Netherlands 2011: {1}.</source>
        <translation>{0}: gepubliceerde gemiddelde D, Nederland 2011: {1}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="137" />
        <source>{0}, mean D published for NL 2011: {1:.4f}.</source>
        <translation>{0}, gemiddelde D gepubliceerd voor NL 2011: {1:.4f}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="139" />
        <source>{0}: {1} establishments, mean D {2:.5f} (1/km).</source>
        <translation>{0}: {1} vestigingen, gemiddelde D {2:.5f} (1/km).</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmarking.py" line="140" />
        <source>{0} (computed, N = {1}): mean D {2:.4f}.</source>
        <translation>{0} (berekend, N = {1}): gemiddelde D {2:.4f}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="16" />
        <source> LQ = 1 (national average)</source>
        <translation> LQ = 1 (landelijk gemiddelde)</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="16" />
        <source>benchmark mean D {0:.4f} </source>
        <translation>gemiddelde D benchmark {0:.4f} </translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="17" />
        <source>Specialisation: location quotient (LQ)</source>
        <translation>Specialisatie: locatiequotiënt (LQ)</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="18" />
        <source>Concentration: mean D-score of the sector's establishments (1/km)</source>
        <translation>Concentratie: gemiddelde D-score van de vestigingen in de sector (1/km)</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="20" />
        <source>Share of establishments (%), by size class of jobs</source>
        <translation>Aandeel vestigingen (%), naar grootteklasse in banen</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="21" />
        <source>Jobs per establishment</source>
        <translation>Banen per vestiging</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="69" />
        <source>{0} features have a NULL or blank sector: kept, with a NULL score.</source>
        <translation>{0} objecten hebben een sector die NULL of leeg is: behouden, met score NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="72" />
        <source>{0} establishments are alone in their sector (J = 1): their score is undefined (NULL).</source>
        <translation>{0} vestigingen zijn de enige in hun sector (J = 1): hun score is niet gedefinieerd (NULL).</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="75" />
        <source>{0} of {1} features scored in {2} sectors; {3} have a NULL score.</source>
        <translation>{0} van {1} objecten gescoord in {2} sectoren; {3} hebben score NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="78" />
        <source>D-score: min {0:.5f}, mean {1:.5f}, max {2:.5f} (1/km).</source>
        <translation>D-score: min. {0:.5f}, gemiddelde {1:.5f}, max. {2:.5f} (1/km).</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="111" />
        <source>The output “{0}” ({1}) would overwrite the input “{2}”: choose another file. Clusterindex never writes over its inputs.</source>
        <translation>De uitvoer “{0}” ({1}) zou de invoer “{2}” overschrijven: kies een ander bestand. Clusterindex overschrijft nooit zijn invoer.</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="163" />
        <source>Cannot create the folder “{0}” for the output “{1}”: {2}</source>
        <translation>Kan de map “{0}” voor de uitvoer “{1}” niet aanmaken: {2}</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="198" />
        <source>Could not write {0} to the output: {1}</source>
        <translation>Kon {0} niet naar de uitvoer schrijven: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="229" />
        <source>{0} features written (GeoPackage without spatial index: add one with Create spatial index if needed).</source>
        <translation>{0} objecten geschreven (GeoPackage zonder ruimtelijke index: voeg er zo nodig een toe met Ruimtelijke index maken).</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="233" />
        <source>Fast GeoPackage writing failed ({0}); writing feature by feature instead.</source>
        <translation>Snel schrijven naar GeoPackage mislukt ({0}); er wordt nu object voor object geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="237" />
        <source>Input fields replaced by the output's: {0}.</source>
        <translation>Invoervelden vervangen door die van de uitvoer: {0}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="253" />
        <source>feature {0}</source>
        <translation>object {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="255" />
        <source>{0} features written.</source>
        <translation>{0} objecten geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="270" />
        <source>row {0}</source>
        <translation>rij {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="295" />
        <source>Region fields replaced by the output's: {0}.</source>
        <translation>Regiovelden vervangen door die van de uitvoer: {0}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="53" />
        <source>Establishments (points, or a table with a region-code field)</source>
        <translation>Vestigingen (punten, of een tabel met een regiocodeveld)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="54" />
        <source>Establishments (points)</source>
        <translation>Vestigingen (punten)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="55" />
        <source>One feature per establishment (vestiging), with a sector or SBI code and, optionally, jobs.</source>
        <translation>Eén object per vestiging, met een sector- of SBI-code en eventueel banen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="60" />
        <source>SBI code field</source>
        <translation>SBI-codeveld</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="60" />
        <source>The SBI 2008 / NACE code of each establishment: 4711, 47.11, 47110, 0113, G4711 … Unreadable codes are in no sector and counted in the log.</source>
        <translation>De SBI 2008- of NACE-code van elke vestiging: 4711, 47.11, 47110, 0113, G4711 … Onleesbare codes vallen in geen enkele sector en worden in het log geteld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="67" />
        <source>Sector definitions (CSV; empty: the bundled set)</source>
        <translation>Sectordefinities (CSV; leeg: de meegeleverde set)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="67" />
        <source>A CSV with the columns sector, benchmark, codes, approximate, note. Empty: the bundled definitions (both benchmarks, brainport, the top sectors).</source>
        <translation>Een CSV met de kolommen sector, benchmark, codes, approximate, note. Leeg: de meegeleverde definities (beide benchmarks, brainport, de topsectoren).</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="74" />
        <source>Jobs field (NULL counts as 1)</source>
        <translation>Veld met banen (NULL telt als 1)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="74" />
        <source>A numeric field of jobs or working persons; NULL and negative values count as 1 (mostly self-employed). Empty: every establishment counts 1.</source>
        <translation>Een numeriek veld met banen of werkzame personen; NULL en negatieve waarden tellen als 1 (meestal zzp'ers). Leeg: elke vestiging telt als 1.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="83" />
        <source>Distance floor d0 (metres)</source>
        <translation>Drempelafstand d0 (meter)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="87" />
        <source>Distances below d0 count as d0 (1000 m in the reports); always metres, whatever the layer's CRS.</source>
        <translation>Afstanden kleiner dan d0 tellen als d0 (1000 m in de rapporten); altijd in meters, ongeacht het CRS van de laag.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="89" />
        <source>D-score method</source>
        <translation>Methode D-score</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="89" />
        <source>Fast: every score certified to the tolerance (falls back to exact where needed). Exact: all pairs; its time grows with the square of the sector's locations.</source>
        <translation>Snel: elke score gegarandeerd binnen de tolerantie (valt waar nodig terug op exact). Exact: alle paren; de rekentijd groeit met het kwadraat van het aantal locaties in de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="93" />
        <source>Tolerance of the fast method (largest relative error)</source>
        <translation>Tolerantie van de snelle methode (grootste relatieve fout)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="97" />
        <source>The largest relative error the fast method may leave in any D-score (default 0.00001, far below the four digits the reports publish).</source>
        <translation>De grootste relatieve fout die de snelle methode in een D-score mag laten (standaard 0.00001, ver onder de vier decimalen die de rapporten publiceren).</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="103" />
        <source>Sector expression (takes precedence)</source>
        <translation>Sectorexpressie (heeft voorrang)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="103" />
        <source>A QGIS expression true for the sector's establishments, e.g. "sbi" LIKE '62%'. When given, it is used instead of a sector field or name.</source>
        <translation>Een QGIS-expressie die waar is voor de vestigingen van de sector, bijv. "sbi" LIKE '62%'. Indien opgegeven, wordt deze gebruikt in plaats van een sectorveld of sectornaam.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="108" />
        <source>Sector field (instead of a sector name)</source>
        <translation>Sectorveld (in plaats van een sectornaam)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="108" />
        <source>A field holding a sector code of your own; with the sector value below.</source>
        <translation>Een veld met een eigen sectorcode; met de sectorwaarde hieronder.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="111" />
        <source>Sector value in the sector field</source>
        <translation>Sectorwaarde in het sectorveld</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="111" />
        <source>The value of the sector field that marks the sector, e.g. BE.</source>
        <translation>De waarde van het sectorveld die de sector aanduidt, bijv. BE.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="113" />
        <source>Sector (name in the sector definitions)</source>
        <translation>Sector (naam in de sectordefinities)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="113" />
        <source>A sector name from the sector definitions, read from the SBI code field, e.g. Brainport activities.</source>
        <translation>Een sectornaam uit de sectordefinities, gelezen uit het SBI-codeveld, bijv. Brainport activities.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="83" />
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="128" />
        <source>The benchmark population the sector is read against: industry (SBI 10–32, 383) or services (SBI 09, 33, 58–63, 69–74, 80–82), as the sector's definition says or chosen.</source>
        <translation>De benchmarkpopulatie waarmee de sector wordt vergeleken: industrie (SBI 10–32, 383) of diensten (SBI 09, 33, 58–63, 69–74, 80–82), volgens de definitie van de sector of zelf gekozen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="135" />
        <source>Regions (polygons; or give a region-code field)</source>
        <translation>Regio's (polygonen; of geef een regiocodeveld op)</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="135" />
        <source>Region polygons (COROP regions, municipalities, wijken …). Required unless the establishments carry a region-code field.</source>
        <translation>Regiopolygonen (COROP-gebieden, gemeenten, wijken …). Verplicht, tenzij de vestigingen een regiocodeveld hebben.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="139" />
        <source>Region id field</source>
        <translation>Veld regio-id</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="139" />
        <source>The regions' id (e.g. statcode); empty: the feature id.</source>
        <translation>De id van de regio's (bijv. statcode); leeg: het object-id.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="142" />
        <source>Region name field</source>
        <translation>Veld regionaam</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="142" />
        <source>The regions' name, used in charts and reports; empty: the id.</source>
        <translation>De naam van de regio's, gebruikt in grafieken en rapporten; leeg: de id.</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="145" />
        <source>Region-code field on the establishments</source>
        <translation>Regiocodeveld van de vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/parameters.py" line="145" />
        <source>Instead of region polygons, or matched to their id field: each establishment's region code.</source>
        <translation>In plaats van regiopolygonen, of gekoppeld aan hun id-veld: de regiocode van elke vestiging.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="83" />
        <source>Establishments</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="73" />
        <source>Layer “{0}” holds {1} geometries: establishments must be points{2}.</source>
        <translation>Laag “{0}” bevat geometrieën van het type {1}: vestigingen moeten punten zijn{2}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="73" />
        <source> (or a table with a region-code field)</source>
        <translation> (of een tabel met een regiocodeveld)</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="80" />
        <source>Layer “{0}” has no features.</source>
        <translation>Laag “{0}” heeft geen objecten.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="96" />
        <source>Field “{0}” does not exist in layer “{1}”. Its fields are: {2}.</source>
        <translation>Veld “{0}” bestaat niet in laag “{1}”. De velden zijn: {2}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="99" />
        <source>Field “{0}” of layer “{1}” is {2}, but the {3} field must be numeric. Convert it first (for example with Refactor fields).</source>
        <translation>Veld “{0}” van laag “{1}” is van het type {2}, maar het veld voor {3} moet numeriek zijn. Converteer het eerst (bijvoorbeeld met Velden herstructureren).</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="99" />
        <source>jobs</source>
        <translation>banen</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="99" />
        <source>D-score</source>
        <translation>D-score</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="113" />
        <source>Field “{0}” of layer “{1}” is used as sector or SBI code, but it looks like a jobs field: check that this is the field you meant.</source>
        <translation>Veld “{0}” van laag “{1}” wordt gebruikt als sector- of SBI-code, maar lijkt een veld met banen: controleer of dit het bedoelde veld is.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="122" />
        <source>Layer “{0}” has no coordinate reference system: set one (Layer Properties ▸ Source) so that distances can be measured in metres.</source>
        <translation>Laag “{0}” heeft geen coördinatenstelsel: stel er een in (Laageigenschappen ▸ Bron) zodat afstanden in meters gemeten kunnen worden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="126" />
        <source>{0} is a geographic CRS (degrees): distances are great-circle distances on a sphere of radius 6371.0088 km, never degrees.</source>
        <translation>{0} is een geografisch coördinatenstelsel (graden): afstanden zijn grootcirkelafstanden op een bol met een straal van 6371.0088 km, nooit graden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="131" />
        <source>The CRS of layer “{0}” ({1}) has unknown distance units: reproject the layer to a projected CRS in metres, such as EPSG:28992 (RD New) for the Netherlands.</source>
        <translation>Het CRS van laag “{0}” ({1}) heeft onbekende afstandseenheden: herprojecteer de laag naar een geprojecteerd CRS in meters, zoals EPSG:28992 (RD New) voor Nederland.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="135" />
        <source>{0} is projected ({1}): distances are straight-line distances in that plane.</source>
        <translation>{0} is geprojecteerd ({1}): afstanden zijn rechte afstanden in dat vlak.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="138" />
        <source>Mercator projections stretch distances (by about 1.6 in the Netherlands); use a local projected CRS or a geographic CRS instead.</source>
        <translation>Mercatorprojecties rekken afstanden op (in Nederland met ongeveer een factor 1.6); gebruik in plaats daarvan een lokaal geprojecteerd CRS of een geografisch CRS.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="168" />
        <source>Feature {0} of layer “{1}” is a {2}, not a point: establishments must be points.</source>
        <translation>Object {0} van laag “{1}” is van het type {2}, geen punt: vestigingen moeten punten zijn.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="223" />
        <source>{0} NULL jobs values counted as 1.</source>
        <translation>{0} NULL-waarden voor banen geteld als 1.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="225" />
        <source>{0} negative or invalid jobs values in field “{1}” counted as 1.</source>
        <translation>{0} negatieve of ongeldige waarden voor banen in veld “{1}” geteld als 1.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="237" />
        <source>Layer “{0}” is in a geographic CRS ({1}) but its coordinates are not longitudes and latitudes (up to {2:.0f}, {3:.0f}): its CRS is wrong. Assign the right CRS (for Dutch metre coordinates: EPSG:28992, RD New).</source>
        <translation>Laag “{0}” heeft een geografisch coördinatenstelsel ({1}), maar de coördinaten zijn geen lengte- en breedtegraden (tot {2:.0f}, {3:.0f}): het CRS is onjuist. Wijs het juiste CRS toe (voor Nederlandse coördinaten in meters: EPSG:28992, RD New).</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="247" />
        <source>{0} features have no (valid) geometry: kept, without a location.</source>
        <translation>{0} objecten hebben geen (geldige) geometrie: behouden, zonder locatie.</translation>
    </message>
    <message>
        <location filename="../../algorithms/reading.py" line="249" />
        <source>{0} multi-point features with several parts: each stands at the mean of its parts.</source>
        <translation>{0} multipuntobjecten met meerdere delen: elk staat op het gemiddelde van zijn delen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="208" />
        <source>Region id</source>
        <translation>Regio-id</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="208" />
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="208" />
        <source>Establishments (sector)</source>
        <translation>Vestigingen (sector)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="208" />
        <source>Establishments (all)</source>
        <translation>Vestigingen (totaal)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="208" />
        <source>Jobs (sector)</source>
        <translation>Banen (sector)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="208" />
        <source>Share of national sector jobs (%)</source>
        <translation>Aandeel in landelijke banen van de sector (%)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="208" />
        <source>Mean D (1/km)</source>
        <translation>Gemiddelde D (1/km)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="208" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="217" />
        <source>Regions, by sector jobs</source>
        <translation>Regio's, naar banen in de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="58" />
        <source>Give a region polygon layer or a region-code field on the establishments (Regions, or Region-code field).</source>
        <translation>Geef een laag met regiopolygonen op, of een regiocodeveld van de vestigingen (Regio's, of Regiocodeveld).</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="72" />
        <source>Regions</source>
        <translation>Regio's</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="65" />
        <source>To match the region codes of field “{0}” to the region polygons, choose the region id field.</source>
        <translation>Kies het veld regio-id om de regiocodes uit veld “{0}” aan de regiopolygonen te koppelen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="82" />
        <source>Region layer “{0}” has no features.</source>
        <translation>Regiolaag “{0}” heeft geen objecten.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="91" />
        <source>Region ids occurring more than once in field “{0}”: {1}. Each polygon is a region of its own.</source>
        <translation>Regio-id's die meer dan eens voorkomen in veld “{0}”: {1}. Elke polygoon is een eigen regio.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="105" />
        <source>with a NULL region code</source>
        <translation>met regiocode NULL</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="106" />
        <source>{0} regions from field “{1}”.</source>
        <translation>{0} regio's uit veld “{1}”.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="114" />
        <source>Region codes without a region polygon: {0}.</source>
        <translation>Regiocodes zonder regiopolygoon: {0}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="116" />
        <source>whose region code matches no region id (or is NULL)</source>
        <translation>waarvan de regiocode met geen enkel regio-id overeenkomt (of NULL is)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="133" />
        <source>{0} establishments lie inside more than one {1} (overlapping polygons): each is counted in the first of them only.</source>
        <translation>{0} vestigingen liggen in meer dan één {1} (overlappende polygonen): elk wordt alleen in de eerste daarvan geteld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="133" />
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="136" />
        <source>{0} establishments have no location: they are in no region.</source>
        <translation>{0} vestigingen hebben geen locatie: ze vallen in geen enkele regio.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="139" />
        <source>{0} establishments lie outside every region: they are in no region, but count in the national totals.</source>
        <translation>{0} vestigingen liggen buiten alle regio's: ze vallen in geen enkele regio, maar tellen mee in de landelijke totalen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="147" />
        <source>{0} establishments {1}: they are in no region, but count in the national totals.</source>
        <translation>{0} vestigingen {1}: ze vallen in geen enkele regio, maar tellen mee in de landelijke totalen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="155" />
        <source>Region polygons transformed from {0} to the establishments' {1}.</source>
        <translation>Regiopolygonen getransformeerd van {0} naar {1}, het CRS van de vestigingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="158" />
        <source>The regions or the establishments have no CRS: both are taken to be in the same coordinates.</source>
        <translation>De regio's of de vestigingen hebben geen CRS: aangenomen wordt dat beide dezelfde coördinaten gebruiken.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="168" />
        <source>Cannot transform region “{0}” to the CRS of the establishments: {1}</source>
        <translation>Kan regio “{0}” niet transformeren naar het CRS van de vestigingen: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="172" />
        <source>{0} regions have no geometry: they get zeros.</source>
        <translation>{0} regio's hebben geen geometrie: ze krijgen nullen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regions.py" line="174" />
        <source>{0} region polygons are invalid; {1} were repaired with Make valid for the assignment (the output keeps the original geometry), {2} are used as they are (even-odd rule).</source>
        <translation>{0} regiopolygonen zijn ongeldig; {1} zijn voor de toewijzing hersteld met Geldig maken (de uitvoer behoudt de oorspronkelijke geometrie), {2} worden gebruikt zoals ze zijn (even-oneven-regel).</translation>
    </message>
    <message>
        <location filename="../../algorithms/reports.py" line="47" />
        <source>Method: PBL/CBS, Raspe et al. (2012); Sorenson &amp;amp; Audia (2000); Scholl &amp;amp; Brenner (2011). Made with Clusterindex.</source>
        <translation>Methode: PBL/CBS, Raspe et al. (2012); Sorenson &amp;amp; Audia (2000); Scholl &amp;amp; Brenner (2011). Gemaakt met Clusterindex.</translation>
    </message>
    <message>
        <location filename="../../algorithms/scoring.py" line="15" />
        <source>The distance floor must be more than 0 metres (it is {0}).</source>
        <translation>De drempelafstand moet groter zijn dan 0 meter (nu {0}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/scoring.py" line="30" />
        <source>Geographic coordinates (degrees): the fast method needs a projected CRS, so every D-score is computed exactly, over all pairs — minutes for sectors of 100,000 locations or more. For the fast method, reproject the layer to a local projected CRS in metres first (EPSG:28992, RD New, in the Netherlands).</source>
        <translation>Geografische coördinaten (graden): de snelle methode vereist een geprojecteerd CRS, dus elke D-score wordt exact berekend, over alle paren — minuten voor sectoren met 100 000 locaties of meer. Herprojecteer voor de snelle methode de laag eerst naar een lokaal geprojecteerd CRS in meters (in Nederland EPSG:28992, RD New).</translation>
    </message>
    <message>
        <location filename="../../algorithms/scoring.py" line="54" />
        <source>D-scores computed exactly (all pairs, float64).</source>
        <translation>D-scores exact berekend (alle paren, float64).</translation>
    </message>
    <message>
        <location filename="../../algorithms/scoring.py" line="56" />
        <source>Fast method: every D-score certified; largest certified relative error {0:.1e} (tolerance {1:g}); {2} computed exactly.</source>
        <translation>Snelle methode: elke D-score gegarandeerd; grootste gegarandeerde relatieve fout {0:.1e} (tolerantie {1:g}); {2} exact berekend.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="24" />
        <source>the range runs backwards (write the low end first)</source>
        <translation>het bereik loopt achteruit (zet de laagste waarde eerst)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="25" />
        <source>the two ends of the range have different lengths</source>
        <translation>de twee grenzen van het bereik hebben een verschillende lengte</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="26" />
        <source>not a code (use codes like 10-32, 383, 4711 or a section letter)</source>
        <translation>geen code (gebruik codes zoals 10-32, 383, 4711 of een sectieletter)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="52" />
        <source>Cannot read the sector definitions “{0}”: {1}</source>
        <translation>Kan de sectordefinities “{0}” niet lezen: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="58" />
        <source>Sector definitions “{0}”, line {1}: sector “{2}”, “{3}”: {4}.</source>
        <translation>Sectordefinities “{0}”, regel {1}: sector “{2}”, “{3}”: {4}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="62" />
        <source>Sector definitions “{0}”: {1}</source>
        <translation>Sectordefinities “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="71" />
        <source>Sector definitions “{0}”, line {1}: sector “{2}” names the benchmark “{3}”, which is not defined: it has no benchmark (defined are: {4}).</source>
        <translation>Sectordefinities “{0}”, regel {1}: sector “{2}” noemt de benchmark “{3}”, die niet gedefinieerd is: de sector heeft geen benchmark (gedefinieerd zijn: {4}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="75" />
        <source>Sector definitions “{0}”, line {1}: sector “{2}”: “{3}” matches no SBI code.</source>
        <translation>Sectordefinities “{0}”, regel {1}: sector “{2}”: “{3}” komt met geen enkele SBI-code overeen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="77" />
        <source>Sector definitions “{0}”, line {1}: sector “{2}” has no codes.</source>
        <translation>Sectordefinities “{0}”, regel {1}: sector “{2}” heeft geen codes.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="84" />
        <source>No sector “{0}” in the sector definitions “{1}”. Defined: {2}.</source>
        <translation>Geen sector “{0}” in de sectordefinities “{1}”. Gedefinieerd: {2}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="158" />
        <source>Sector expression “{0}”: {1}</source>
        <translation>Sectorexpressie “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="103" />
        <source>Give the sector value to look for in field “{0}”.</source>
        <translation>Geef de sectorwaarde op waarnaar in veld “{0}” gezocht moet worden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="108" />
        <source>Sector “{0}” is read from SBI codes: choose the SBI code field (or give a sector expression, or a sector field and value).</source>
        <translation>Sector “{0}” wordt gelezen uit SBI-codes: kies het SBI-codeveld (of geef een sectorexpressie op, of een sectorveld en -waarde).</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="113" />
        <source>Choose a sector: a sector name, a sector field and value, or a sector expression.</source>
        <translation>Kies een sector: een sectornaam, een sectorveld en -waarde, of een sectorexpressie.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="121" />
        <source>all establishments</source>
        <translation>alle vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="138" />
        <source>{0} values of the SBI code field “{1}” of layer “{2}” could not be read as SBI codes: those establishments are in no sector. Examples: {3}.</source>
        <translation>{0} waarden van het SBI-codeveld “{1}” van laag “{2}” konden niet als SBI-code worden gelezen: die vestigingen vallen in geen enkele sector. Voorbeelden: {3}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="173" />
        <source>Sector “{0}”: {1} of {2} establishments.</source>
        <translation>Sector “{0}”: {1} van {2} vestigingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectors.py" line="175" />
        <source>No establishment of layer “{0}” is in the sector “{1}”.</source>
        <translation>Geen enkele vestiging van laag “{0}” valt in de sector “{1}”.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="83" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="83" />
        <source>Mean D</source>
        <translation>Gemiddelde D</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="83" />
        <source>Median D</source>
        <translation>Mediaan D</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="83" />
        <source>Max D</source>
        <translation>Max. D</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="83" />
        <source>Benchmark mean D</source>
        <translation>Gemiddelde D benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="83" />
        <source>Concentration vs benchmark</source>
        <translation>Concentratie t.o.v. benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="85" />
        <source>more</source>
        <translation>meer</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="85" />
        <source>less</source>
        <translation>minder</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="85" />
        <source>benchmark</source>
        <translation>benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="92" />
        <source>Establishments: {0}. D-scores in 1/km, each sector's computed within the sector. Sectors marked * are approximate SBI definitions.</source>
        <translation>Vestigingen: {0}. D-scores in 1/km, per sector berekend binnen de sector. Sectoren met * hebben een benaderende SBI-definitie.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="94" />
        <source>Sector summary: D-scores</source>
        <translation>Sectoroverzicht: D-scores</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="19" />
        <source>Region type</source>
        <translation>Regiotype</translation>
    </message>
    <message>
        <location filename="../../algorithms/charts.py" line="19" />
        <source>Sector jobs (bubble area)</source>
        <translation>Banen in de sector (oppervlak van de bel)</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="64" />
        <source>Jobs</source>
        <translation>Banen</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="81" />
        <source>Decile {0} within {1}{2}</source>
        <translation>Deciel {0} binnen {1}{2}</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="87" />
        <source>Very strong cluster: D &gt; P95 = {0:.4f} ({1})</source>
        <translation>Zeer sterk cluster: D &gt; P95 = {0:.4f} ({1})</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="88" />
        <source>Strong cluster: P90 = {0:.4f} &lt; D ≤ P95 ({1})</source>
        <translation>Sterk cluster: P90 = {0:.4f} &lt; D ≤ P95 ({1})</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="89" />
        <source>Below P90 ({0})</source>
        <translation>Onder P90 ({0})</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="93" />
        <source>At least {0} establishments of {1}</source>
        <translation>Ten minste {0} vestigingen van {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="94" />
        <source>Fewer than {0} establishments of {1}</source>
        <translation>Minder dan {0} vestigingen van {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="95" />
        <source>None of {0}</source>
        <translation>Geen vestigingen van {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="100" />
        <source>No type (no establishments of the sector, or no benchmark)</source>
        <translation>Geen type (geen vestigingen van de sector, of geen benchmark)</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="81" />
        <source> (lowest)</source>
        <translation> (laagste)</translation>
    </message>
    <message>
        <location filename="../../algorithms/styling.py" line="81" />
        <source> (highest)</source>
        <translation> (hoogste)</translation>
    </message>
</context>
<context>
    <name>BenchmarkAlgorithm</name>
    <message>
        <location filename="../../algorithms/benchmark.py" line="30" />
        <source>Benchmark population and thresholds</source>
        <translation>Benchmarkpopulatie en drempelwaarden</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="31" />
        <source>benchmark,percentile,P90,P95,threshold,industry,services,cluster</source>
        <translation>benchmark,benchmarkpopulatie,percentiel,P90,P95,drempelwaarde,drempel,industrie,diensten,cluster,sterk cluster,zeer sterk cluster,clusterindex,d-score,vestigingen,SBI,PBL,CBS,percentile,threshold</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="36" />
        <source>Benchmark population</source>
        <translation>Benchmarkpopulatie</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="36" />
        <source>Industry: SBI 10–32 and 383. Services: SBI 09, 33, 58–63, 69–74, 80–82.</source>
        <translation>Industrie: SBI 10–32 en 383. Diensten: SBI 09, 33, 58–63, 69–74, 80–82.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="43" />
        <source>Benchmark establishments</source>
        <translation>Vestigingen van de benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="43" />
        <source>The benchmark population's establishments with d_score, d_decile, cluster and jobs.</source>
        <translation>De vestigingen van de benchmarkpopulatie met d_score, d_decile, cluster en jobs.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="46" />
        <source>Benchmark statistics</source>
        <translation>Benchmarkstatistieken</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="46" />
        <source>One row: benchmark, n, mean_d, median_d, max_d, p90, p95.</source>
        <translation>Eén rij: benchmark, n, mean_d, median_d, max_d, p90, p95.</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="50" />
        <source>Benchmark {0}</source>
        <translation>Benchmark {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/benchmark.py" line="64" />
        <source>{0} benchmark establishments without a location: NULL score.</source>
        <translation>{0} vestigingen van de benchmark zonder locatie: score NULL.</translation>
    </message>
</context>
<context>
    <name>ClusterIndexAlgorithm</name>
    <message>
        <location filename="../../algorithms/base.py" line="111" />
        <source>Cluster index</source>
        <translation>Clusterindex</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="135" />
        <source>The distance floor must be more than 0 metres (it is {0}).</source>
        <translation>De drempelafstand moet groter zijn dan 0 meter (nu {0}).</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="148" />
        <source>Canceled: no output was written.</source>
        <translation>Geannuleerd: er is geen uitvoer geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="157" />
        <source>Clusterindex failed unexpectedly ({0}: {1}). Please report this with the log.</source>
        <translation>Clusterindex is onverwacht mislukt ({0}: {1}). Meld dit a.u.b. en voeg het log bij.</translation>
    </message>
</context>
<context>
    <name>ClusterIndexProvider</name>
    <message>
        <location filename="../../plugin/provider.py" line="22" />
        <source>Clusterindex</source>
        <translation>Clusterindex</translation>
    </message>
    <message>
        <location filename="../../plugin/provider.py" line="25" />
        <source>Clusterindex: business clusters (D-score, PBL/CBS method)</source>
        <translation>Clusterindex: bedrijvenclusters (D-score, PBL/CBS-methode)</translation>
    </message>
</context>
<context>
    <name>ClustersAlgorithm</name>
    <message>
        <location filename="../../algorithms/clusters.py" line="25" />
        <source>Strong and very strong clusters of a sector</source>
        <translation>Sterke en zeer sterke clusters van een sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="26" />
        <source>cluster,strong,very strong,P90,P95,benchmark,sector,map</source>
        <translation>cluster,clusters,sterk,zeer sterk,sterk cluster,zeer sterk cluster,P90,P95,benchmark,sector,topsector,kaart,vestigingen,concentratie,clusterindex,d-score,SBI,PBL,CBS</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="31" />
        <source>Thresholds (P90, P95)</source>
        <translation>Drempelwaarden (P90, P95)</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="31" />
        <source>Computed from the benchmark population in the input; the published values for the Netherlands 2011 (national data, d0 = 1 km only); or entered below.</source>
        <translation>Berekend uit de benchmarkpopulatie in de invoer; de gepubliceerde waarden voor Nederland 2011 (landelijke gegevens, alleen d0 = 1 km); of hieronder ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="36" />
        <source>P90 (strong), 1/km</source>
        <translation>P90 (sterk), 1/km</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="36" />
        <source>P95 (very strong), 1/km</source>
        <translation>P95 (zeer sterk), 1/km</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="40" />
        <source>Used when the thresholds are entered; in a model, the output of Benchmark population and thresholds.</source>
        <translation>Gebruikt als de drempelwaarden worden ingevoerd; in een model de uitvoer van Benchmarkpopulatie en drempelwaarden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="44" />
        <source>Cluster establishments</source>
        <translation>Vestigingen in clusters</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="44" />
        <source>The sector's establishments in strong or very strong clusters, with d_score and cluster.</source>
        <translation>De vestigingen van de sector in sterke of zeer sterke clusters, met d_score en cluster.</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="48" />
        <source>All establishments of the sector</source>
        <translation>Alle vestigingen van de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="48" />
        <source>Optional: every establishment of the sector with its d_score and cluster (NULL below P90).</source>
        <translation>Optioneel: elke vestiging van de sector met d_score en cluster (NULL onder P90).</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="59" />
        <source>both P90 and P95</source>
        <translation>zowel P90 als P95</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="72" />
        <source>Strong (P90 {0:.4f} &lt; D ≤ P95 {1:.4f}): {2}; very strong (D &gt; P95): {3}.</source>
        <translation>Sterk (P90 {0:.4f} &lt; D ≤ P95 {1:.4f}): {2}; zeer sterk (D &gt; P95): {3}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="78" />
        <source>Clusters: {0} (P90 {1:.4f}, P95 {2:.4f})</source>
        <translation>Clusters: {0} (P90 {1:.4f}, P95 {2:.4f})</translation>
    </message>
    <message>
        <location filename="../../algorithms/clusters.py" line="85" />
        <source>{0}: all establishments</source>
        <translation>{0}: alle vestigingen</translation>
    </message>
</context>
<context>
    <name>DScoreAlgorithm</name>
    <message>
        <location filename="../../algorithms/dscore.py" line="21" />
        <source>Cluster index (D-score)</source>
        <translation>Clusterindex (D-score)</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="22" />
        <source>cluster,clustering,d-score,concentration,establishments,firms,sector,SBI,NACE,PBL,CBS,Scholl,Brenner,inverse distance</source>
        <translation>clusterindex,cluster,clustering,clustervorming,d-score,concentratie,ruimtelijke concentratie,agglomeratie,vestigingen,bedrijven,sector,SBI,NACE,PBL,CBS,Scholl,Brenner,inverse afstand,afstand,inverse distance</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="28" />
        <source>Sector field (empty: one population)</source>
        <translation>Sectorveld (leeg: één populatie)</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="28" />
        <source>Scores are computed within each distinct value of this field (an SBI code, a division, a sector you made). Empty: the whole layer is one population.</source>
        <translation>Scores worden berekend binnen elke afzonderlijke waarde van dit veld (een SBI-code, een afdeling, een eigen sector). Leeg: de hele laag is één populatie.</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="35" />
        <source>D-scores</source>
        <translation>D-scores</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="35" />
        <source>Every input feature with d_score, d_bound, d_decile, n_sector and jobs added.</source>
        <translation>Elk invoerobject, met d_score, d_bound, d_decile, n_sector en jobs toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="60" />
        <source>D-scores ({0})</source>
        <translation>D-scores ({0})</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="60" />
        <source>one population</source>
        <translation>één populatie</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="59" />
        <source>its sector</source>
        <translation>de eigen sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/dscore.py" line="59" />
        <source>the layer</source>
        <translation>de laag</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodsAlgorithm</name>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="37" />
        <source>Zoom into neighbourhoods</source>
        <translation>Inzoomen op wijken en buurten</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="38" />
        <source>wijk,buurt,neighbourhood,district,zoom,count,region,cluster</source>
        <translation>wijk,buurt,wijken,buurten,inzoomen,zoomen,kleine gebieden,tellen,aantal,regio,COROP,COROP-gebied,cluster,vestigingen,neighbourhood,district</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="42" />
        <source>Region layer (polygons)</source>
        <translation>Regiolaag (polygonen)</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="42" />
        <source>The layer holding the region to zoom into, e.g. the COROP regions.</source>
        <translation>De laag met de regio waarop u inzoomt, bijv. de COROP-gebieden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="45" />
        <source>Region field</source>
        <translation>Regioveld</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="45" />
        <source>The field that names the region, e.g. statnaam.</source>
        <translation>Het veld met de naam van de regio, bijv. statnaam.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="48" />
        <source>Region value</source>
        <translation>Regiowaarde</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="48" />
        <source>The region's value in that field, e.g. Zuidoost-Noord-Brabant.</source>
        <translation>De waarde van de regio in dat veld, bijv. Zuidoost-Noord-Brabant.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="50" />
        <source>Small areas (wijken or buurten)</source>
        <translation>Kleine gebieden (wijken of buurten)</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="50" />
        <source>The small areas; those with a point on their surface inside the region are counted.</source>
        <translation>De kleine gebieden; gebieden met een punt op hun oppervlak binnen de regio worden meegeteld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="53" />
        <source>Highlight areas with at least N establishments of the sector</source>
        <translation>Markeer gebieden met minstens N vestigingen van de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="53" />
        <source>The article uses 14 for brainport in Zuidoost-Noord-Brabant, 225 for creative services in Groot-Amsterdam.</source>
        <translation>Het artikel gebruikt 14 voor brainport in Zuidoost-Noord-Brabant, 225 voor creatieve dienstverlening in Groot-Amsterdam.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="59" />
        <source>Neighbourhoods</source>
        <translation>Wijken en buurten</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="59" />
        <source>The region's small areas with n_sector, jobs_sector, n_total and highlight.</source>
        <translation>De kleine gebieden van de regio met n_sector, jobs_sector, n_total en highlight.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="71" />
        <source>{0} small areas lie in region “{1}”.</source>
        <translation>{0} kleine gebieden liggen in regio “{1}”.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="76" />
        <source>area</source>
        <translation>gebied</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="81" />
        <source>{0}: {1} establishments in the region's areas; {2} areas have at least {3}.</source>
        <translation>{0}: {1} vestigingen in de gebieden van de regio; {2} gebieden hebben er minstens {3}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="88" />
        <source>{0} in {1}: areas with at least {2}</source>
        <translation>{0} in {1}: gebieden met minstens {2}</translation>
    </message>
</context>
<context>
    <name>RegionProfileAlgorithm</name>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="40" />
        <source>Regional profile of a sector</source>
        <translation>Regioprofiel van een sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="41" />
        <source>location quotient,LQ,specialisation,concentration,mass,region type,bubble chart,COROP,cluster,PBL,CBS</source>
        <translation>locatiequotiënt,locatiequotient,LQ,specialisatie,concentratie,massa,regiotype,regioprofiel,bellendiagram,COROP,COROP-gebied,regio,banen,vestigingen,cluster,clusterindex,D-score,PBL,CBS,location quotient,bubble chart</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="48" />
        <source>LQ basis</source>
        <translation>LQ-basis</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="48" />
        <source>Count establishments (the reports' choice) or jobs in the location quotient.</source>
        <translation>Tel vestigingen (de keuze van de rapporten) of banen in het locatiequotiënt.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="51" />
        <source>D-score field (empty: computed within the sector)</source>
        <translation>Veld D-score (leeg: berekend binnen de sector)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="51" />
        <source>D-scores computed before, e.g. by Cluster index (D-score) with this sector as sector field. Empty: computed here within the sector.</source>
        <translation>Eerder berekende D-scores, bijv. met Clusterindex (D-score) met deze sector als sectorveld. Leeg: hier berekend binnen de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="57" />
        <source>Benchmark mean D</source>
        <translation>Gemiddelde D van de benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="57" />
        <source>The line that separates clustered from not clustered regions: the benchmark population's mean D computed from the input, published (NL 2011: industry 0.0185, services 0.0257), or entered.</source>
        <translation>De lijn die geclusterde van niet-geclusterde regio's scheidt: de gemiddelde D van de benchmarkpopulatie, berekend uit de invoer, gepubliceerd (NL 2011: industrie 0.0185, diensten 0.0257) of ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="63" />
        <source>Benchmark mean D (1/km)</source>
        <translation>Gemiddelde D van de benchmark (1/km)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="66" />
        <source>Used when the benchmark mean D is entered; in a model, the mean of Benchmark population and thresholds.</source>
        <translation>Gebruikt als de gemiddelde D van de benchmark wordt ingevoerd; in een model het gemiddelde uit Benchmarkpopulatie en drempelwaarden.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="68" />
        <source>Large job volume: at least this many sector jobs (empty: the median)</source>
        <translation>Groot banenvolume: minstens zoveel banen in de sector (leeg: de mediaan)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="72" />
        <source>The reports fix no number; empty: the median sector jobs of the regions that have the sector.</source>
        <translation>De rapporten noemen geen aantal; leeg: de mediaan van de sectorbanen van de regio's waar de sector voorkomt.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="79" />
        <source>Regional profile</source>
        <translation>Regioprofiel</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="79" />
        <source>The regions with n_sector, n_total, jobs, jobs_share, lq, mean_d, region_type and type_label.</source>
        <translation>De regio's met n_sector, n_total, jobs, jobs_share, lq, mean_d, region_type en type_label.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="83" />
        <source>Regional profile table</source>
        <translation>Regioprofiel (tabel)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="83" />
        <source>The same as a table without geometry (region_id, region_name first).</source>
        <translation>Hetzelfde als tabel zonder geometrie (region_id, region_name eerst).</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="86" />
        <source>Bubble chart (PNG; an SVG is written beside it)</source>
        <translation>Bellendiagram (PNG; met een SVG ernaast)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="86" />
        <source>PNG files (*.png)</source>
        <translation>PNG-bestanden (*.png)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="86" />
        <source>The bubble chart: x = LQ, y = mean D, bubble area = sector jobs. An SVG is written beside it.</source>
        <translation>Het bellendiagram: x = LQ, y = gemiddelde D, oppervlak van de bel = banen in de sector. Er wordt een SVG naast geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="91" />
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="91" />
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="91" />
        <source>A report with the bubble chart and the table, for printing or sending.</source>
        <translation>Een rapport met het bellendiagram en de tabel, om af te drukken of te versturen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="94" />
        <source>Bubble chart (SVG)</source>
        <translation>Bellendiagram (SVG)</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="104" />
        <source>the benchmark mean D</source>
        <translation>de gemiddelde D van de benchmark</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="126" />
        <source>Regional profile: {0}</source>
        <translation>Regioprofiel: {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="130" />
        <source>Establishments: {0}. Bubble area ∝ sector jobs; LQ basis: {1}; large volume: at least {2:.0f} sector jobs. {3}</source>
        <translation>Vestigingen: {0}. Oppervlak van de bel ∝ banen in de sector; LQ-basis: {1}; groot volume: minstens {2:.0f} banen in de sector. {3}</translation>
    </message>
</context>
<context>
    <name>SectorSummaryAlgorithm</name>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="19" />
        <source>Sector summary (D-score per sector)</source>
        <translation>Sectoroverzicht (D-score per sector)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="20" />
        <source>sector,summary,appendix 2,mean,median,benchmark,concentration</source>
        <translation>sector,sectoroverzicht,overzicht,samenvatting,bijlage 2,gemiddelde,mediaan,benchmark,concentratie,topsector,topsectoren,vestigingen,clusterindex,d-score,SBI,PBL,CBS</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="28" />
        <source>Sector summary</source>
        <translation>Sectoroverzicht</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="28" />
        <source>One row per sector and benchmark: n, mean_d, median_d, max_d, p90, p95 and the comparison with its benchmark.</source>
        <translation>Eén rij per sector en benchmark: n, mean_d, median_d, max_d, p90, p95 en de vergelijking met de benchmark.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="32" />
        <source>Sector summary (HTML)</source>
        <translation>Sectoroverzicht (HTML)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="32" />
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sectorsummary.py" line="32" />
        <source>The same table as a web page.</source>
        <translation>Dezelfde tabel als webpagina.</translation>
    </message>
</context>
<context>
    <name>SizeClassesAlgorithm</name>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="42" />
        <source>Size classes per region</source>
        <translation>Grootteklassen per regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="31" />
        <source>size class,jobs,working persons,small firms,hub and spoke,region,cluster</source>
        <translation>grootteklasse,grootteklassen,bedrijfsgrootte,banen,werkzame personen,kleine bedrijven,mkb,zzp,hub and spoke,regio,cluster,vestigingen,size class</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="38" />
        <source>Class bounds (jobs, separated by commas)</source>
        <translation>Klassegrenzen (banen, gescheiden door komma's)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="38" />
        <source>“5, 50” makes the classes &lt; 5, 5 – &lt; 50 and ≥ 50 jobs; a bound belongs to the class above it.</source>
        <translation>“5, 50” geeft de klassen &lt; 5, 5 – &lt; 50 en ≥ 50 banen; een grens hoort bij de klasse erboven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="42" />
        <source>Per region: establishments, shares and jobs per size class.</source>
        <translation>Per regio: vestigingen, aandelen en banen per grootteklasse.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="45" />
        <source>Size-class chart (PNG; an SVG is written beside it)</source>
        <translation>Grafiek grootteklassen (PNG; met een SVG ernaast)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="45" />
        <source>PNG files (*.png)</source>
        <translation>PNG-bestanden (*.png)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="45" />
        <source>The shares per size class of the 40 regions with most establishments. An SVG is written beside it.</source>
        <translation>De aandelen per grootteklasse van de 40 regio's met de meeste vestigingen. Er wordt een SVG naast geschreven.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="50" />
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="50" />
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="50" />
        <source>A report with the chart and the table.</source>
        <translation>Een rapport met de grafiek en de tabel.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="53" />
        <source>Size-class chart (SVG)</source>
        <translation>Grafiek grootteklassen (SVG)</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="66" />
        <source>Class bounds: {0}</source>
        <translation>Klassegrenzen: {0}</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="68" />
        <source>Size classes need the jobs field.</source>
        <translation>Voor grootteklassen is het veld met banen nodig.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="76" />
        <source>{0}: {1} establishments.</source>
        <translation>{0}: {1} vestigingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="89" />
        <source>All regions: {0}.</source>
        <translation>Alle regio's: {0}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="89" />
        <source>{0} jobs: {1}</source>
        <translation>{0} banen: {1}</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="96" />
        <source>{0}: establishments by size class of jobs</source>
        <translation>{0}: vestigingen naar grootteklasse in banen</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="97" />
        <source>Establishments: {0}. In brackets: number of establishments.</source>
        <translation>Vestigingen: {0}. Tussen haakjes: aantal vestigingen.</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="105" />
        <source>Region id</source>
        <translation>Regio-id</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="105" />
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="105" />
        <source>Establishments</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/sizeclasses.py" line="106" />
        <source>{0} jobs</source>
        <translation>{0} banen</translation>
    </message>
</context>
<context>
    <name>StylePostProcessor</name>
    <message>
        <location filename="../../algorithms/styling.py" line="36" />
        <source>Could not apply the style {0}: {1}</source>
        <translation>Kon de stijl {0} niet toepassen: {1}</translation>
    </message>
</context>
<context>
    <name>definitions</name>
    <message>
        <location filename="../../algorithms/definitions.py" line="56" />
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="57" />
        <source>very strong</source>
        <translation>zeer sterk</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="61" />
        <source>Type 1: clustered, large volume, specialised</source>
        <translation>Type 1: geclusterd, groot volume, gespecialiseerd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="62" />
        <source>Type 2: clustered, small volume, specialised</source>
        <translation>Type 2: geclusterd, klein volume, gespecialiseerd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="63" />
        <source>Type 3: clustered, large volume, not specialised</source>
        <translation>Type 3: geclusterd, groot volume, niet gespecialiseerd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="64" />
        <source>Type 4: clustered, small volume, not specialised</source>
        <translation>Type 4: geclusterd, klein volume, niet gespecialiseerd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="65" />
        <source>Type 5: specialised, not clustered</source>
        <translation>Type 5: gespecialiseerd, niet geclusterd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="66" />
        <source>Type 6: neither specialised nor clustered</source>
        <translation>Type 6: niet gespecialiseerd en niet geclusterd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="77" />
        <source>Fast, certified to the tolerance</source>
        <translation>Snel, gegarandeerd binnen de tolerantie</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="77" />
        <source>Exact (all pairs)</source>
        <translation>Exact (alle paren)</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="86" />
        <source>Industry (SBI 10–32, 383)</source>
        <translation>Industrie (SBI 10–32, 383)</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="86" />
        <source>Services (SBI 09, 33, 58–63, 69–74, 80–82)</source>
        <translation>Diensten (SBI 09, 33, 58–63, 69–74, 80–82)</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="96" />
        <source>As the sector's definition says</source>
        <translation>Volgens de definitie van de sector</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="96" />
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="96" />
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="108" />
        <source>Computed from the benchmark population in the input</source>
        <translation>Berekend uit de benchmarkpopulatie in de invoer</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="108" />
        <source>Published, the Netherlands 2011</source>
        <translation>Gepubliceerd, Nederland 2011</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="108" />
        <source>Entered below</source>
        <translation>Hieronder ingevoerd</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="118" />
        <source>Establishments</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <location filename="../../algorithms/definitions.py" line="118" />
        <source>Jobs</source>
        <translation>Banen</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../help.py" line="15" />
        <source>&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: PBL/CBS, Raspe, Weterings, Geurden-Slis &amp;amp; Van Gessel-Dabekaussen (2012), &lt;i&gt;De ratio van ruimtelijk-economisch topsectorenbeleid&lt;/i&gt;, appendix 1; Sorenson &amp;amp; Audia (2000); Scholl &amp;amp; Brenner (2011).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: PBL/CBS, Raspe, Weterings, Geurden-Slis &amp;amp; Van Gessel-Dabekaussen (2012), &lt;i&gt;De ratio van ruimtelijk-economisch topsectorenbeleid&lt;/i&gt;, bijlage 1; Sorenson &amp;amp; Audia (2000); Scholl &amp;amp; Brenner (2011).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="18" />
        <source>The cluster index (D-score) of every establishment: the mean inverse distance to the other establishments of its sector.</source>
        <translation>De clusterindex (D-score) van elke vestiging: de gemiddelde inverse afstand tot de andere vestigingen van dezelfde sector.</translation>
    </message>
    <message>
        <location filename="../help.py" line="19" />
        <source>D-scores within a benchmark population (industry or services) and its thresholds P90 and P95.</source>
        <translation>D-scores binnen een benchmarkpopulatie (industrie of diensten) en de bijbehorende drempelwaarden P90 en P95.</translation>
    </message>
    <message>
        <location filename="../help.py" line="20" />
        <source>The establishments of a sector in strong (above P90) and very strong (above P95) clusters.</source>
        <translation>De vestigingen van een sector in sterke (boven P90) en zeer sterke (boven P95) clusters.</translation>
    </message>
    <message>
        <location filename="../help.py" line="21" />
        <source>Every defined sector and both benchmarks: number of establishments and mean, median and maximum D-score.</source>
        <translation>Alle gedefinieerde sectoren en beide benchmarks: aantal vestigingen en gemiddelde, mediaan en maximum van de D-score.</translation>
    </message>
    <message>
        <location filename="../help.py" line="22" />
        <source>Per region: specialisation (LQ), concentration (mean D-score), jobs and region type of a sector; bubble chart.</source>
        <translation>Per regio: specialisatie (LQ), concentratie (gemiddelde D-score), banen en regiotype van een sector; bellendiagram.</translation>
    </message>
    <message>
        <location filename="../help.py" line="23" />
        <source>Establishments per region and size class of jobs: many small firms or a few large ones.</source>
        <translation>Vestigingen per regio en grootteklasse naar banen: veel kleine bedrijven of enkele grote.</translation>
    </message>
    <message>
        <location filename="../help.py" line="24" />
        <source>Within one region, the sector's establishments per wijk or buurt, highlighting areas with at least N.</source>
        <translation>Binnen één regio de vestigingen van de sector per wijk of buurt; gebieden met ten minste N worden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../help.py" line="28" />
        <source>&lt;p&gt;Computes the cluster index (“D-score”) of every establishment: the mean inverse distance, in 1/km, to all other establishments of the same sector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berekent de clusterindex (“D-score”) van elke vestiging: de gemiddelde inverse afstand, in 1/km, tot alle andere vestigingen van dezelfde sector.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="28" />
        <source>&lt;p&gt;&lt;code&gt;D = 1/(J−1) · Σ 1 / max(d, d0)&lt;/code&gt;, summed over the J−1 other establishments of the sector, with d in kilometres and d0 the distance floor (1 km in the reports: firms on the same estate or postcode would otherwise dominate). Typical Dutch values lie between 0.015 and 0.05; a score of 0.05 means the sector's firms lie on average at a harmonic distance of 20 km.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;code&gt;D = 1/(J−1) · Σ 1 / max(d, d0)&lt;/code&gt;, gesommeerd over de J−1 andere vestigingen van de sector, met d in kilometers en d0 de drempelafstand (1 km in de rapporten: anders zouden bedrijven op hetzelfde bedrijventerrein of met dezelfde postcode de uitkomst domineren). Gangbare Nederlandse waarden liggen tussen 0.015 en 0.05; een score van 0.05 betekent dat de bedrijven van de sector gemiddeld op een harmonische afstand van 20 km van elkaar liggen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="28" />
        <source>&lt;h3&gt;Parameters&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Parameters&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="28" />
        <source>&lt;p&gt;&lt;b&gt;Establishments&lt;/b&gt;: a point layer, one point per establishment.&lt;br&gt;&lt;b&gt;Sector field&lt;/b&gt; (optional): scores are computed within each distinct value (for example a 4-digit SBI code, or a field you made for your sector). Empty: the whole layer is one population. NULL or blank sector: the score is NULL.&lt;br&gt;&lt;b&gt;Jobs field&lt;/b&gt; (optional): jobs or working persons; NULL, negative or unreadable values count as 1 (mostly self-employed). Jobs do not change the score; they size the symbols and are copied to the output.&lt;br&gt;&lt;b&gt;Distance floor&lt;/b&gt;: d0 in metres (default 1000), always in metres whatever the layer's CRS.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vestigingen&lt;/b&gt;: een puntlaag, één punt per vestiging.&lt;br&gt;&lt;b&gt;Sectorveld&lt;/b&gt; (optioneel): de scores worden binnen elke afzonderlijke waarde berekend (bijvoorbeeld een 4-cijferige SBI-code, of een veld dat u voor uw sector hebt aangemaakt). Leeg: de hele laag is één populatie. Sector NULL of leeg: de score is NULL.&lt;br&gt;&lt;b&gt;Banenveld&lt;/b&gt; (optioneel): banen of werkzame personen; NULL, negatieve of onleesbare waarden tellen als 1 (meestal zzp'ers). Banen veranderen de score niet; ze bepalen de grootte van de symbolen en worden naar de uitvoer gekopieerd.&lt;br&gt;&lt;b&gt;Drempelafstand&lt;/b&gt;: d0 in meters (standaard 1000), altijd in meters, ongeacht het CRS van de laag.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="28" />
        <source>&lt;h3&gt;Output&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Uitvoer&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="28" />
        <source>&lt;p&gt;Every input feature with all its attributes, plus &lt;code&gt;d_score&lt;/code&gt;, &lt;code&gt;d_bound&lt;/code&gt; (the certified bound on the relative error of d_score: 0 when computed exactly), &lt;code&gt;d_decile&lt;/code&gt; (1–10 within the sector: 1 + ⌊10 × share of the sector's scores that are lower⌋, so equal scores share a decile), &lt;code&gt;n_sector&lt;/code&gt; (J, the sector's establishments with a location) and &lt;code&gt;jobs&lt;/code&gt; (the value used). An input field with one of these names is replaced. Styled by decile, green (low) to red (high), symbol area proportional to jobs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elk invoerobject met al zijn attributen, plus &lt;code&gt;d_score&lt;/code&gt;, &lt;code&gt;d_bound&lt;/code&gt; (de gegarandeerde bovengrens van de relatieve fout in d_score: 0 bij exacte berekening), &lt;code&gt;d_decile&lt;/code&gt; (1–10 binnen de sector: 1 + ⌊10 × aandeel van de scores in de sector dat lager is⌋, zodat gelijke scores in hetzelfde deciel vallen), &lt;code&gt;n_sector&lt;/code&gt; (J, de vestigingen van de sector met een locatie) en &lt;code&gt;jobs&lt;/code&gt; (de gebruikte waarde). Een invoerveld met een van deze namen wordt vervangen. Opmaak naar deciel, van groen (laag) tot rood (hoog), symbooloppervlak evenredig met het aantal banen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="28" />
        <source>&lt;p&gt;&lt;b&gt;NULL scores&lt;/b&gt;: features without a geometry, without a sector, or alone in their sector (J = 1: the index is undefined). They are kept and counted in the log. A multi-point with several parts counts as one establishment at the mean of its parts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NULL-scores&lt;/b&gt;: objecten zonder geometrie, zonder sector of als enige in hun sector (J = 1: de index is niet gedefinieerd). Ze blijven behouden en worden in het log geteld. Een multipunt met meerdere delen telt als één vestiging op de gemiddelde positie van zijn delen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="28" />
        <source>&lt;p&gt;&lt;b&gt;Distances&lt;/b&gt;: projected layers use straight-line distance in their plane (the reports use RD New, EPSG:28992); layers in a geographic CRS use great-circle distance (as Scholl &amp;amp; Brenner 2011) — degrees are never taken for metres. Establishments sharing a coordinate are at distance 0, floored to d0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Afstanden&lt;/b&gt;: geprojecteerde lagen gebruiken de hemelsbrede afstand in hun vlak (de rapporten gebruiken RD New, EPSG:28992); lagen in een geografisch CRS gebruiken de grootcirkelafstand (zoals Scholl &amp;amp; Brenner 2011) — graden worden nooit als meters opgevat. Vestigingen met dezelfde coördinaat liggen op afstand 0, die tot d0 wordt opgehoogd.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="28" />
        <source>&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: &lt;i&gt;fast&lt;/i&gt; (default) or &lt;i&gt;exact&lt;/i&gt;. Exact sums every pair in float64; its cost grows with the square of the number of distinct locations. The fast method (projected layers, sectors of at least 12,000 distinct locations; others are exact) sums pairs within about 3 km exactly — within d0 the kernel is exactly 1/d0 — and expands the far field in a Taylor series evaluated by FFT, with a rigorous (Legendre) bound on the truncation and rounding error of every establishment. Where that bound exceeds the &lt;b&gt;tolerance&lt;/b&gt; (default 1e-5 relative, far below the four digits the reports publish) the score is computed exactly: no value is ever uncertified.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: &lt;i&gt;snel&lt;/i&gt; (standaard) of &lt;i&gt;exact&lt;/i&gt;. De exacte methode sommeert elk paar in float64; de rekentijd groeit met het kwadraat van het aantal verschillende locaties. De snelle methode (geprojecteerde lagen, sectoren met ten minste 12 000 verschillende locaties; de overige worden exact berekend) sommeert paren binnen ongeveer 3 km exact — binnen d0 is de kernfunctie precies 1/d0 — en ontwikkelt het verre veld in een Taylorreeks die met FFT wordt geëvalueerd, met een strikte (Legendre-)grens voor de afbreek- en afrondingsfout van elke vestiging. Waar die grens de &lt;b&gt;tolerantie&lt;/b&gt; overschrijdt (standaard 1e-5 relatief, ver onder de vier cijfers die de rapporten publiceren), wordt de score exact berekend: elke waarde heeft een gegarandeerde foutgrens.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="39" />
        <source>&lt;p&gt;Computes the D-score of every establishment of a &lt;b&gt;benchmark population&lt;/b&gt;, within that population, and its statistics: N, mean, median, maximum, and the 90th and 95th percentiles that mark strong and very strong clusters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berekent de D-score van elke vestiging van een &lt;b&gt;benchmarkpopulatie&lt;/b&gt;, binnen die populatie, en de statistieken ervan: N, gemiddelde, mediaan, maximum en het 90e en 95e percentiel, die de grens van sterke en zeer sterke clusters markeren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="39" />
        <source>&lt;p&gt;&lt;b&gt;Industry benchmark&lt;/b&gt;: SBI 10–32 and 383. &lt;b&gt;Services benchmark&lt;/b&gt;: SBI 09, 33, 58–63, 69, 70–74, 80–82 (consumer services, utilities, government, education and trade follow population and are left out). Definitions come from the sector definitions file (sectors “Benchmark industry” and “Benchmark services”).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Benchmark industrie&lt;/b&gt;: SBI 10–32 en 383. &lt;b&gt;Benchmark diensten&lt;/b&gt;: SBI 09, 33, 58–63, 69, 70–74, 80–82 (consumentendiensten, nutsbedrijven, overheid, onderwijs en handel volgen de bevolking en blijven buiten beschouwing). De definities komen uit het bestand met sectordefinities (sectoren “Benchmark industry” en “Benchmark services”).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="39" />
        <source>&lt;p&gt;&lt;b&gt;SBI codes&lt;/b&gt; are read as they come: 4711, 47.11, 47110, 0113, 01.13, 113 (a a leading zero lost: 0113; but 383 is group 38.3, as no class 0383 exists), G4711, numbers stored as integers or reals. Unreadable codes are in no sector and counted in the log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SBI-codes&lt;/b&gt; worden gelezen zoals ze zijn aangeleverd: 4711, 47.11, 47110, 0113, 01.13, 113 (een weggevallen voorloopnul: 0113; maar 383 is groep 38.3, omdat er geen klasse 0383 bestaat), G4711, en getallen die als geheel of decimaal getal zijn opgeslagen. Onleesbare codes vallen in geen enkele sector en worden in het log geteld.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="39" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the benchmark's establishments with &lt;code&gt;d_score&lt;/code&gt;, &lt;code&gt;d_decile&lt;/code&gt; and &lt;code&gt;cluster&lt;/code&gt; (strong: D above P90; very strong: above P95; percentiles by linear interpolation); and a one-row table (n, mean_d, median_d, max_d, p90, p95). Establishments outside the benchmark are not in the output (the log counts them). Published values for the Netherlands 2011: industry P90 0.0203 / P95 0.0269, services 0.0403 / 0.0579 (1/km).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de vestigingen van de benchmark met &lt;code&gt;d_score&lt;/code&gt;, &lt;code&gt;d_decile&lt;/code&gt; en &lt;code&gt;cluster&lt;/code&gt; (sterk: D boven P90; zeer sterk: boven P95; percentielen door lineaire interpolatie); en een tabel van één rij (n, mean_d, median_d, max_d, p90, p95). Vestigingen buiten de benchmark komen niet in de uitvoer (het log telt ze). Gepubliceerde waarden voor Nederland 2011: industrie P90 0.0203 / P95 0.0269, diensten 0.0403 / 0.0579 (1/km).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="45" />
        <source>&lt;p&gt;Finds the establishments of a sector that lie in &lt;b&gt;strong&lt;/b&gt; clusters (D-score above the benchmark's 90th percentile) or &lt;b&gt;very strong&lt;/b&gt; clusters (above the 95th), as on the cluster maps of PBL/CBS.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zoekt de vestigingen van een sector die in &lt;b&gt;sterke&lt;/b&gt; clusters (D-score boven het 90e percentiel van de benchmark) of &lt;b&gt;zeer sterke&lt;/b&gt; clusters (boven het 95e) liggen, zoals op de clusterkaarten van PBL/CBS.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="45" />
        <source>&lt;p&gt;&lt;b&gt;Sector&lt;/b&gt;: a sector name from the sector definitions (default file: the two benchmarks, brainport SBI 26–29 and the top sectors, those marked approximate where official lists add firms), or a &lt;b&gt;sector expression&lt;/b&gt; (for example &lt;code&gt;"sbi" LIKE '62%'&lt;/code&gt;) which then takes precedence. The sector's D-scores are computed within the sector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sector&lt;/b&gt;: een sectornaam uit de sectordefinities (standaardbestand: de twee benchmarks, brainportactiviteiten SBI 26–29 en de topsectoren, als benadering gemarkeerd waar officiële lijsten bedrijven toevoegen), of een &lt;b&gt;sectorexpressie&lt;/b&gt; (bijvoorbeeld &lt;code&gt;"sbi" LIKE '62%'&lt;/code&gt;), die dan voorrang krijgt. De D-scores van de sector worden binnen de sector berekend.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="45" />
        <source>&lt;p&gt;&lt;b&gt;Benchmark&lt;/b&gt;: as the sector's definition says (industry sectors against the industry benchmark, services against services), or chosen. &lt;b&gt;Thresholds&lt;/b&gt;: computed from the benchmark population in the same input (its D-scores within itself; percentiles by linear interpolation), the published values for the Netherlands 2011 (industry 0.0203 / 0.0269, services 0.0403 / 0.0579 — valid only for national data with d0 = 1 km), or the P90 and P95 entered here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Benchmark&lt;/b&gt;: volgens de definitie van de sector (industriesectoren afgezet tegen de benchmark industrie, dienstensectoren tegen de benchmark diensten), of zelf gekozen. &lt;b&gt;Drempelwaarden&lt;/b&gt;: berekend uit de benchmarkpopulatie in dezelfde invoer (haar D-scores binnen zichzelf; percentielen door lineaire interpolatie), de gepubliceerde waarden voor Nederland 2011 (industrie 0.0203 / 0.0269, diensten 0.0403 / 0.0579 — alleen geldig voor landelijke data met d0 = 1 km), of de hier ingevoerde P90 en P95.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="45" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the cluster establishments with &lt;code&gt;d_score&lt;/code&gt; and &lt;code&gt;cluster&lt;/code&gt; (“strong” or “very strong”), styled in two classes; optionally every establishment of the sector with its class (NULL below P90).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de clustervestigingen met &lt;code&gt;d_score&lt;/code&gt; en &lt;code&gt;cluster&lt;/code&gt; (“strong”: sterk, of “very strong”: zeer sterk), opgemaakt in twee klassen; optioneel alle vestigingen van de sector met hun klasse (NULL onder P90).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="51" />
        <source>&lt;p&gt;For every sector in the sector definitions and both benchmark populations: the number of establishments and the mean, median and maximum D-score (each sector's scores computed within the sector), the P90 and P95, the benchmark it is read against, and whether it is &lt;b&gt;more or less concentrated&lt;/b&gt; than that benchmark (its mean D above or below the benchmark's) — the table of appendix 2 of PBL/CBS (Raspe et al. 2012).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voor elke sector in de sectordefinities en beide benchmarkpopulaties: het aantal vestigingen en de gemiddelde, mediane en maximale D-score (de scores van elke sector binnen de sector berekend), P90 en P95, de benchmark waartegen de sector wordt afgezet, en of de sector &lt;b&gt;meer of minder geconcentreerd&lt;/b&gt; is dan die benchmark (gemiddelde D boven of onder die van de benchmark) — de tabel uit bijlage 2 van PBL/CBS (Raspe et al. 2012).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="51" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: a table (save it as CSV, GeoPackage or XLSX) and an HTML page. Sectors without establishments in the input are listed with n = 0. Sectors marked approximate are SBI approximations of official definitions that add firm lists.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: een tabel (op te slaan als CSV, GeoPackage of XLSX) en een HTML-pagina. Sectoren zonder vestigingen in de invoer worden vermeld met n = 0. Sectoren die als benadering zijn gemarkeerd, zijn SBI-benaderingen van officiële definities die lijsten van bedrijven toevoegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="55" />
        <source>&lt;p&gt;For one sector, per region: &lt;b&gt;specialisation&lt;/b&gt; — the location quotient LQ = (E(s,r)/E(r)) / (E(s)/E) —, &lt;b&gt;concentration&lt;/b&gt; — the mean D-score of the sector's establishments in the region — and &lt;b&gt;mass&lt;/b&gt; — the sector's jobs in the region; the region types and the bubble chart of the PBL/CBS reports (appendix 3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voor één sector, per regio: &lt;b&gt;specialisatie&lt;/b&gt; — het locatiequotiënt LQ = (E(s,r)/E(r)) / (E(s)/E) —, &lt;b&gt;concentratie&lt;/b&gt; — de gemiddelde D-score van de vestigingen van de sector in de regio — en &lt;b&gt;massa&lt;/b&gt; — de banen van de sector in de regio; de regiotypen en het bellendiagram uit de rapporten van PBL/CBS (bijlage 3).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="55" />
        <source>&lt;p&gt;&lt;b&gt;LQ basis&lt;/b&gt;: establishments (the reports' choice: clustering is about many firms, not one big employer) or jobs. E(s) and E, the national totals, are those of the whole input layer, also its establishments outside every region. LQ = 1 is the national average, above 1 the sector is over-represented. Known weaknesses: the LQ depends on the region division (the modifiable areal unit problem) and underrates clusters in large, diverse cities — which is why the D-score exists.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;LQ-basis&lt;/b&gt;: vestigingen (de keuze van de rapporten: clustering gaat om veel bedrijven, niet om één grote werkgever) of banen. E(s) en E, de landelijke totalen, zijn die van de hele invoerlaag, inclusief de vestigingen buiten alle regio's. LQ = 1 is het landelijk gemiddelde; boven 1 is de sector oververtegenwoordigd. Bekende zwakke punten: het LQ hangt af van de regio-indeling (het modifiable areal unit problem) en onderschat clusters in grote, gevarieerde steden — daarom bestaat de D-score.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="71" />
        <source>&lt;p&gt;&lt;b&gt;Sector&lt;/b&gt;, the first of these that is given: a &lt;b&gt;sector expression&lt;/b&gt; (for example &lt;code&gt;"sbi" LIKE '62%'&lt;/code&gt;); a &lt;b&gt;sector field&lt;/b&gt; with the &lt;b&gt;sector value&lt;/b&gt; (for example field &lt;code&gt;a10&lt;/code&gt;, value &lt;code&gt;BE&lt;/code&gt;); a &lt;b&gt;sector name&lt;/b&gt; from the sector definitions, read from the &lt;b&gt;SBI code field&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sector&lt;/b&gt;, de eerste van de volgende die is opgegeven: een &lt;b&gt;sectorexpressie&lt;/b&gt; (bijvoorbeeld &lt;code&gt;"sbi" LIKE '62%'&lt;/code&gt;); een &lt;b&gt;sectorveld&lt;/b&gt; met de &lt;b&gt;sectorwaarde&lt;/b&gt; (bijvoorbeeld veld &lt;code&gt;a10&lt;/code&gt;, waarde &lt;code&gt;BE&lt;/code&gt;); een &lt;b&gt;sectornaam&lt;/b&gt; uit de sectordefinities, toegepast op het &lt;b&gt;SBI-codeveld&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="55" />
        <source>&lt;p&gt;&lt;b&gt;D-scores&lt;/b&gt;: a field holding them (from &lt;i&gt;Cluster index (D-score)&lt;/i&gt;), or empty: computed here within the sector, with the distance floor. NULL scores are left out of the mean.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;D-scores&lt;/b&gt;: een veld met de scores (uit &lt;i&gt;Clusterindex (D-score)&lt;/i&gt;), of leeg: dan worden ze hier binnen de sector berekend, met de drempelafstand. NULL-scores tellen niet mee in het gemiddelde.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="55" />
        <source>&lt;p&gt;&lt;b&gt;Region types&lt;/b&gt; (top-sector note, table 1), with &lt;i&gt;clustered&lt;/i&gt; = mean D above the benchmark's mean D, &lt;i&gt;specialised&lt;/i&gt; = LQ &gt; 1, &lt;i&gt;large volume&lt;/i&gt; = sector jobs at least the threshold (the reports fix no number; empty: the median of the regions that have the sector): 1 clustered, large, specialised (big bubbles top right); 2 clustered, small, specialised (many small firms); 3 clustered, large, not specialised (big diverse agglomerations); 4 clustered, small, not specialised; 5 specialised, not clustered (often one large firm); 6 neither. NULL where LQ or mean D is undefined. The benchmark mean D is computed from the benchmark population in the input (needs the SBI field), the published value for the Netherlands 2011 (industry 0.0185, services 0.0257; national data, d0 = 1 km only), or entered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regiotypen&lt;/b&gt; (topsectorennotitie, tabel 1), met &lt;i&gt;geclusterd&lt;/i&gt; = gemiddelde D boven de gemiddelde D van de benchmark, &lt;i&gt;gespecialiseerd&lt;/i&gt; = LQ &gt; 1, &lt;i&gt;groot volume&lt;/i&gt; = banen in de sector ten minste de drempelwaarde (de rapporten noemen geen getal; leeg: de mediaan van de regio's waar de sector voorkomt): 1 geclusterd, groot, gespecialiseerd (grote bellen rechtsboven); 2 geclusterd, klein, gespecialiseerd (veel kleine bedrijven); 3 geclusterd, groot, niet gespecialiseerd (grote, gevarieerde agglomeraties); 4 geclusterd, klein, niet gespecialiseerd; 5 gespecialiseerd, niet geclusterd (vaak één groot bedrijf); 6 geen van beide. NULL waar LQ of gemiddelde D niet gedefinieerd is. De gemiddelde D van de benchmark wordt berekend uit de benchmarkpopulatie in de invoer (vereist het SBI-veld), is de gepubliceerde waarde voor Nederland 2011 (industrie 0.0185, diensten 0.0257; alleen landelijke data, d0 = 1 km) of wordt ingevoerd.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="64" />
        <source>&lt;p&gt;&lt;b&gt;Regions&lt;/b&gt;: a polygon layer (COROP regions, municipalities, wijken, provinces…) with optional id and name fields, or a region-code field on the establishments. With both, establishments are matched to the polygon whose id equals their code (no spatial test). A point belongs to at most one region: inside a polygon by the even-odd rule (holes and multi-part regions work); on the shared edge of two neighbouring regions it goes to exactly one of them; inside two overlapping regions it goes to the region that comes first in the layer. Points outside every region and points without a location belong to no region; the log counts them, and overlaps. Regions without establishments are kept, with zeros. Region polygons in another CRS than the points are transformed; invalid polygons are repaired (Make valid) for the assignment and counted in the log, and the output keeps them as they were.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regio's&lt;/b&gt;: een polygoonlaag (COROP-gebieden, gemeenten, wijken, provincies…) met optionele velden voor id en naam, of een regiocodeveld bij de vestigingen. Met beide worden vestigingen gekoppeld aan het polygoon waarvan de id gelijk is aan hun code (zonder ruimtelijke toets). Een punt hoort bij hoogstens één regio: binnen een polygoon volgens de even-oneven-regel (gaten en regio's uit meerdere delen werken); op de gedeelde rand van twee aangrenzende regio's gaat het naar precies één ervan; binnen twee overlappende regio's gaat het naar de regio die als eerste in de laag staat. Punten buiten alle regio's en punten zonder locatie horen bij geen enkele regio; het log telt ze, en ook de overlappingen. Regio's zonder vestigingen blijven behouden, met nullen. Regiopolygonen in een ander CRS dan de punten worden getransformeerd; ongeldige polygonen worden voor de toewijzing gerepareerd (Geldig maken) en in het log geteld; in de uitvoer blijven ze zoals ze waren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="55" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the regions with &lt;code&gt;n_sector&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;jobs_sector&lt;/code&gt;, &lt;code&gt;jobs_total&lt;/code&gt;, &lt;code&gt;jobs_share&lt;/code&gt; (share of the national sector jobs, 0–1), &lt;code&gt;lq&lt;/code&gt;, &lt;code&gt;mean_d&lt;/code&gt;, &lt;code&gt;n_scored&lt;/code&gt; (establishments in the mean), &lt;code&gt;region_type&lt;/code&gt; and &lt;code&gt;type_label&lt;/code&gt;, styled by type; the same as a table; the bubble chart (x = LQ, y = mean D, area ∝ jobs, lines at LQ = 1 and the benchmark mean) as PNG, with an SVG beside it; and an HTML report with chart and table.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de regio's met &lt;code&gt;n_sector&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;jobs_sector&lt;/code&gt;, &lt;code&gt;jobs_total&lt;/code&gt;, &lt;code&gt;jobs_share&lt;/code&gt; (aandeel in de landelijke banen van de sector, 0–1), &lt;code&gt;lq&lt;/code&gt;, &lt;code&gt;mean_d&lt;/code&gt;, &lt;code&gt;n_scored&lt;/code&gt; (vestigingen in het gemiddelde), &lt;code&gt;region_type&lt;/code&gt; en &lt;code&gt;type_label&lt;/code&gt;, opgemaakt naar type; hetzelfde als tabel; het bellendiagram (x = LQ, y = gemiddelde D, oppervlak ∝ banen, lijnen bij LQ = 1 en bij het benchmarkgemiddelde) als PNG, met een SVG ernaast; en een HTML-rapport met diagram en tabel.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="64" />
        <source>&lt;p&gt;Counts the establishments of a sector (or all establishments, when no sector is given) per region and size class of jobs: clusters of many small firms versus hub-and-spoke clusters around a few large ones (PBL/CBS).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Telt de vestigingen van een sector (of alle vestigingen, als geen sector is opgegeven) per regio en grootteklasse naar banen: clusters van veel kleine bedrijven tegenover hub-and-spoke-clusters rond enkele grote (PBL/CBS).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="64" />
        <source>&lt;p&gt;&lt;b&gt;Class bounds&lt;/b&gt;: jobs values separated by commas; “5, 50” (the default) makes the classes &amp;lt; 5, 5 – &amp;lt; 50 and ≥ 50 jobs; “2, 5, 10, 20, 50, 100” gives CBS-like classes. A bound belongs to the class above it. The jobs field is required; NULL jobs count as 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Klassengrenzen&lt;/b&gt;: aantallen banen, gescheiden door komma's; “5, 50” (de standaard) geeft de klassen &amp;lt; 5, 5 – &amp;lt; 50 en ≥ 50 banen; “2, 5, 10, 20, 50, 100” geeft klassen zoals die van het CBS. Een grens hoort bij de klasse erboven. Het banenveld is vereist; banen met NULL tellen als 1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="64" />
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: a table with &lt;code&gt;region_id&lt;/code&gt;, &lt;code&gt;region_name&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;jobs_total&lt;/code&gt; and per class &lt;code&gt;n_…&lt;/code&gt;, &lt;code&gt;share_…&lt;/code&gt; (of the region's establishments, 0–1) and &lt;code&gt;jobs_…&lt;/code&gt;, the class names made from the bounds (&lt;code&gt;lt5&lt;/code&gt;, &lt;code&gt;5_50&lt;/code&gt;, &lt;code&gt;ge50&lt;/code&gt;); a chart of the shares for the 40 regions with most establishments (PNG, with an SVG beside it); an HTML report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: een tabel met &lt;code&gt;region_id&lt;/code&gt;, &lt;code&gt;region_name&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt;, &lt;code&gt;jobs_total&lt;/code&gt; en per klasse &lt;code&gt;n_…&lt;/code&gt;, &lt;code&gt;share_…&lt;/code&gt; (van de vestigingen in de regio, 0–1) en &lt;code&gt;jobs_…&lt;/code&gt;, met klassennamen afgeleid van de grenzen (&lt;code&gt;lt5&lt;/code&gt;, &lt;code&gt;5_50&lt;/code&gt;, &lt;code&gt;ge50&lt;/code&gt;); een diagram van de aandelen voor de 40 regio's met de meeste vestigingen (PNG, met een SVG ernaast); een HTML-rapport.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="71" />
        <source>&lt;p&gt;Within one chosen region, counts the sector's establishments per small area (wijk or buurt) and highlights the areas with at least N of them — the zoom maps of the PBL/CBS article (≥ 14 for brainport in Zuidoost-Noord-Brabant, ≥ 225 for creative services in Groot-Amsterdam).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Telt binnen één gekozen regio de vestigingen van de sector per klein gebied (wijk of buurt) en markeert de gebieden met ten minste N vestigingen — de inzoomkaarten uit het PBL/CBS-artikel (≥ 14 voor brainportactiviteiten in Zuidoost-Noord-Brabant, ≥ 225 voor creatieve dienstverlening in Groot-Amsterdam).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="71" />
        <source>&lt;p&gt;&lt;b&gt;Region&lt;/b&gt;: the polygon(s) of the region layer whose region field equals the region value (for example field &lt;code&gt;statnaam&lt;/code&gt;, value &lt;code&gt;Zuidoost-Noord-Brabant&lt;/code&gt;; several matching polygons form one region). &lt;b&gt;Small areas&lt;/b&gt;: a polygon layer; an area belongs to the region when a point on its surface lies inside the region. Establishments are assigned to areas as in the other regional algorithms: at most one area each (the first of overlapping areas), invalid polygons repaired, other CRSs transformed; those in the region but in no area are counted in the log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regio&lt;/b&gt;: het polygoon of de polygonen van de regiolaag waarvan het regioveld gelijk is aan de regiowaarde (bijvoorbeeld veld &lt;code&gt;statnaam&lt;/code&gt;, waarde &lt;code&gt;Zuidoost-Noord-Brabant&lt;/code&gt;; meerdere overeenkomende polygonen vormen samen één regio). &lt;b&gt;Kleine gebieden&lt;/b&gt;: een polygoonlaag; een gebied hoort bij de regio als een punt op zijn oppervlak binnen de regio ligt. Vestigingen worden aan gebieden toegewezen zoals in de andere regionale algoritmen: elk aan hoogstens één gebied (het eerste van overlappende gebieden), ongeldige polygonen worden gerepareerd, andere CRS'en getransformeerd; vestigingen in de regio die in geen enkel gebied liggen, worden in het log geteld.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../help.py" line="71" />
        <source>&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: the region's areas with all their fields plus &lt;code&gt;n_sector&lt;/code&gt;, &lt;code&gt;jobs_sector&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt; (all establishments) and &lt;code&gt;highlight&lt;/code&gt; (1 when n_sector ≥ N), styled: highlighted areas dark red and labelled with their count.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: de gebieden van de regio met al hun velden plus &lt;code&gt;n_sector&lt;/code&gt;, &lt;code&gt;jobs_sector&lt;/code&gt;, &lt;code&gt;n_total&lt;/code&gt; (alle vestigingen) en &lt;code&gt;highlight&lt;/code&gt; (1 als n_sector ≥ N), opgemaakt: gemarkeerde gebieden donkerrood en gelabeld met hun aantal.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>run</name>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="97" />
        <source>Regions</source>
        <translation>Regio's</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="110" />
        <source>No region with {0} = “{1}” in layer “{2}”. Values are, for example: {3}.</source>
        <translation>Geen regio met {0} = “{1}” in laag “{2}”. Waarden zijn bijvoorbeeld: {3}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/neighbourhoods.py" line="159" />
        <source>{0} establishments of the sector lie in the region but in none of its small areas: not counted.</source>
        <translation>{0} vestigingen van de sector liggen in de regio maar in geen van haar kleine gebieden: niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="139" />
        <source>D-scores read from field “{0}” of layer “{1}”, not computed here: they should have been computed within this sector.</source>
        <translation>D-scores gelezen uit veld “{0}” van laag “{1}”, niet hier berekend: ze horen binnen deze sector berekend te zijn.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="143" />
        <source>The sector's establishments have no locations and no D-score field is given: mean D and region types are NULL.</source>
        <translation>De vestigingen van de sector hebben geen locatie en er is geen veld D-score opgegeven: gemiddelde D en regiotypen zijn NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="146" />
        <source>D-scores computed within the sector “{0}”.</source>
        <translation>D-scores berekend binnen de sector “{0}”.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="160" />
        <source>Large job volume: at least {0:.1f} sector jobs.</source>
        <translation>Groot banenvolume: minstens {0:.1f} banen in de sector.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="185" />
        <source>{0} regions have no establishments: zeros, LQ NULL.</source>
        <translation>{0} regio's hebben geen vestigingen: nullen, LQ NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="188" />
        <source>{0} regions have none of the sector: LQ 0, mean D NULL.</source>
        <translation>{0} regio's hebben geen vestigingen in de sector: LQ 0, gemiddelde D NULL.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="190" />
        <source>Region types: {0}.</source>
        <translation>Regiotypen: {0}.</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="195" />
        <source>{0}: specialisation, concentration and jobs per region</source>
        <translation>{0}: specialisatie, concentratie en banen per regio</translation>
    </message>
    <message>
        <location filename="../../algorithms/regionprofile.py" line="201" />
        <source>Bubble chart: {0} regions drawn, {1} labelled.</source>
        <translation>Bellendiagram: {0} regio's getekend, {1} met label.</translation>
    </message>
</context>
</TS>