META
key;value
description;Borgerbudget Havbjerg Nord 2027 (fictional, for tests)
country;Denmark
unit;Havbjerg
subunit;Nord
instance;2027
num_projects;14
num_votes;120
budget;1000000
vote_type;approval
rule;greedy
date_begin;2026-09-01
date_end;2026-09-21
min_length;1
max_length;5
language;en
currency;DKK
PROJECTS
project_id;cost;votes;name;category;target;selected
1;185000;8;Shelter at Strandvejen;nature;residents;0
2;42000;11;"Bike rack; school";mobility;residents;0
3;96000;23;Community garden Nørregade;community;residents;0
4;310000;31;Outdoor fitness by the harbour;sport;residents;0
5;128000;24;Bench path in Lystskoven;nature;residents;0
6;405000;45;Playground renovation;children;residents;0
7;18000;10;"""Open library"" boxes";culture;residents;0
8;240000;12;Lights on the footpath;safety;residents;0
9;150000;48;Skate ramp;sport;residents;0
10;77000;15;Dog park;nature;residents;0
11;205000;19;Bird tower at the lake;nature;residents;0
12;33000;9;Repair café equipment;community;residents;0
13;120000;39;Sports hall curtains;sport;residents;0
14;54000;25;Wildflower verges;nature;residents;0
VOTES
voter_id;vote;age;sex;voting_method
v1001;1,3,5,14;60;F;paper
v1002;4,6,9,13;39;K;paper
v1003;1,3,5;57;F;internet
v1004;4,6,9,13;50;F;paper
v1005;6,9;58;M;paper
v1006;3,11,14;66;F;paper
v1007;9;27;M;paper
v1008;3,5,10,14;49;F;paper
v1009;4;51;M;paper
v1010;9;81;M;internet
v1011;5;81;F;internet
v1012;1,3,5,10,14;33;M;paper
v1013;4;39;M;paper
v1014;7,8,12;33;M;internet
v1015;6,9;16;F;paper
v1016;1,3,5,10;15;K;paper
v1017;4;74;F;internet
v1018;11;70;F;paper
v1019;6,9,13;61;F;internet
v1020;6,9,11;54;M;paper
v1021;6,13;73;K;internet
v1022;4,9,13;16;M;paper
v1023;4,5,9,13;39;F;paper
v1024;6;67;M;paper
v1025;13;73;K;paper
v1026;2,6,9,13;30;M;internet
v1027;6,11;38;F;internet
v1028;2,7;49;F;internet
v1029;2,7,8,10,12;38;F;paper
v1030;3,5,8,14;50;F;internet
v1031;3,4,6;79;K;paper
v1032;4,5,14;41;K;paper
v1033;2,3,5,10,14;33;F;internet
v1034;4,9,13;42;M;paper
v1035;5;23;M;internet
v1036;4,6,9,13;63;K;paper
v1037;4,6,13;75;M;internet
v1038;6,9,13;75;M;internet
v1039;4,13,14;82;M;internet
v1040;6;67;M;paper
v1041;4,6,9,13;55;M;internet
v1042;4,5,6,13;41;K;paper
v1043;3,5,11,14;62;K;internet
v1044;4,6,9,13;82;M;paper
v1045;2,8,12;58;F;paper
v1046;3,5,11,14;51;M;paper
v1047;14;81;K;paper
v1048;6,9,13;48;K;paper
v1049;3,10,14;78;F;internet
v1050;6,9,11;26;M;paper
v1051;8;36;M;internet
v1052;1,3,5,10,14;65;M;internet
v1053;6,13;74;F;paper
v1054;1,3,10,14;58;M;internet
v1055;3,5,10,14;75;F;paper
v1056;4,6,9,13;74;M;paper
v1057;10;84;M;paper
v1058;5,14;25;M;internet
v1059;6,9;59;K;internet
v1060;9,13;51;K;internet
v1061;3,5,10,14;76;F;paper
v1062;1,3,5,14;46;F;paper
v1063;6,9,11;44;F;paper
v1064;2,8;44;F;paper
v1065;6;69;K;internet
v1066;9;38;K;paper
v1067;3,5,10,14;37;K;paper
v1068;2,7,8,12;59;M;paper
v1069;13;36;F;internet
v1070;5,11,14;42;K;internet
v1071;6,9;74;M;internet
v1072;1,3,12,14;65;K;paper
v1073;4,6,12,13;43;K;internet
v1074;4,6,9,13;47;K;paper
v1075;2,7,8,12;29;K;paper
v1076;3,5,11,14;85;K;paper
v1077;6,9,11;57;F;paper
v1078;9,10;69;M;paper
v1079;2,3,5,11,14;68;M;internet
v1080;3,10;77;M;paper
v1081;4;70;M;paper
v1082;7;53;M;paper
v1083;3,10,14;41;F;paper
v1084;7,8,12;80;K;internet
v1085;4,13;15;K;internet
v1086;5,6,9,11;39;F;internet
v1087;4,6,9,13;54;K;internet
v1088;4,9;46;K;internet
v1089;13;27;M;internet
v1090;6,9,13;58;M;internet
v1091;6,9,11;55;K;internet
v1092;4,9,11,13;51;M;paper
v1093;9,13;77;K;internet
v1094;6,9,11;68;M;internet
v1095;11;19;K;internet
v1096;9;63;M;internet
v1097;9,13;27;F;paper
v1098;4,6,9;57;M;paper
v1099;2,7,8;54;K;paper
v1100;7,12;76;K;internet
v1101;9,13;79;F;internet
v1102;13;82;K;internet
v1103;6;77;K;paper
v1104;2,8;59;F;paper
v1105;4,9;15;K;paper
v1106;9,11;59;K;internet
v1107;4,6,9,13;28;K;paper
v1108;6,13,14;83;K;paper
v1109;6,7;34;M;internet
v1110;4;15;F;internet
v1111;6,9,13;29;K;paper
v1112;6,9,11;43;K;paper
v1113;4,9;52;K;paper
v1114;6,13;42;F;paper
v1115;9;49;K;internet
v1116;6,8;34;F;paper
v1117;4;29;K;paper
v1118;4,6,9,13;68;M;paper
v1119;6,9,13;66;F;internet
v1120;13;32;F;internet
