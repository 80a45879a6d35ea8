# A second, independent hand check of 36 expected values: the numbers are re-typed from the workbooks as printed
# by dump.js and divided here, then compared with the expected files. Run from tests/corpus/recon.
import json
def get(f, sheet, row, kind):
    e=json.load(open(f+'.expected.json'))
    for v in e['values']:
        if v['sheet']==sheet and v['row']==row and v['kind']==kind: return v['value']
    return None
checks=[
 ('sipd-lra-dinkes-2024','LRA',19,'serapan',1963215400/2105700000),
 ('sipd-lra-dinkes-2024','LRA',23,'serapan',90857722366/96055409800),
 ('sipd-lra-dinkes-2024','LRA',15,'serapan',None),
 ('omspan-realisasi-bps-kab-2024','Realisasi',12,'serapan',127489815/120000000),
 ('omspan-realisasi-bps-kab-2024','Realisasi',25,'serapan',4092191715/4257760000),
 ('sakti-blu-rsup-sumber-dana-2024','Realisasi per Sumber Dana',6,'serapan',(1790212300+5987310450)/(1845000000+6420500000)),
 ('sakti-blu-rsup-sumber-dana-2024','Realisasi per Sumber Dana',12,'serapan',None),
 ('esakip-pengukuran-kinerja-kecamatan-2024','Pengukuran Kinerja',8,'capaian',92.86/100),
 ('esakip-pengukuran-kinerja-kecamatan-2024','Pengukuran Kinerja',21,'serapan',301864250/312450000),
 ('smart-dja-capaian-ro-lldikti-2024','Capaian RO',8,'capaianKinerja',1315/1200),
 ('smart-dja-capaian-ro-lldikti-2024','Capaian RO',8,'efisiensi',(1315/1200)/(2694118200/2830500000)),
 ('e81-evaluasi-renja-dinas-pupr-2023','E.81',12,'capaian',4180/4250),
 ('e81-evaluasi-renja-dinas-pupr-2023','E.81',16,'serapan',18550850500/18900000000),
 ('e81-evaluasi-renja-dinas-pupr-2023','E.81',10,'capaian',74.2/75),
 ('monev-kinerja-kumulatif-diskominfo-2024','Monev TW IV',13,'capaian',2.91/2.8),
 ('monev-kinerja-kumulatif-diskominfo-2024','Monev TW IV',16,'serapan',1901275600/1948000000),
 ('nko-kppn-2024','NKO Q4',10,'capaian',1.2),
 ('nko-kppn-2024','NKO Q4',18,'nko',(20*93.42/90+15*.985+15*4.62/4.5+10*1.2+10*1.2+10*1+10*.963+10*97.15/95)/100),
 ('hierarki-realisasi-disdik-2024','Realisasi Des',10,'serapan',3390118500/3437500000),
 ('hierarki-realisasi-disdik-2024','Realisasi Des',11,'serapan',0),
 ('spj-fungsional-bpkad-2024','SPJ Desember',12,'serapan',83800000/86400000),
 ('iku-ptn-capaian-header-2024','Tabel 3.1',4,'capaian',61.68/70),
 ('rsud-blud-kinerja-anggaran-2024','Kinerja Anggaran',6,'efisiensi',0.95/(1702115000/1850000000)),
 ('tren-capaian-iku-balai-pom-2020-2024','Tren IKU',19,'capaian',172/160),
 ('iku-vertikal-per-sheet-kanim-2024','IKU 2',12,'capaian',98.75/100),
 ('iku-vertikal-per-sheet-kanim-2024','IKU 3',12,'capaian',3.58/3.5),
 ('kpi-perumda-air-minum-2024','KPI 2024',8,'capaian',2-21.5/24),
 ('sample-style-bp3mi-sukamaju-2025','Anggaran dan Kinerja 2025',6,'capaianKinerja',(0.96/0.95+90.3/88)/2),
 ('rounded-realisasi-kanwil-ribuan-2024','Tabel 3.9',9,'serapan',526011204/541829874),
 ('rounded-pendapatan-bapenda-jutaan-2024','Rekap Pendapatan',6,'serapan',132986.63/129070.03),
 ('kinerja-keuangan-kecamatan-2024','Tabel 3.3',5,'capaianKinerja',(82.35/80+97.1/95)/2),
 ('anggaran-tiga-tahun-politeknik-2022-2024','Tabel 3.12',8,'serapan',119412130850/122830200000),
 ('sipd-realisasi-per-kelompok-belanja-setda-2024','Realisasi Sub Kegiatan',15,'serapan',(176430000+1187342000)/(185000000+1240500000)),
 ('lra-apbdes-desa-2024','LRA APBDes',17,'serapan',(414480000+51047350)/(418080000+53900000)),
 ('lra-apbdes-desa-2024','LRA APBDes',35,'serapan',10850000/9600000),
 ('pkp-ukm-esensial-puskesmas-2024','PKP UKM Esensial',14,'capaian',1962/(0.85*2410)),
]
bad=0
for f,s,r,k,want in checks:
    got=get(f,s,r,k)
    ok = (got is None and want is None) or (got is not None and want is not None and abs(got-want)<5e-6)
    if not ok: bad+=1
    print('OK ' if ok else 'BAD', f, s, r, k, got, want)
print('bad', bad)
