META
key;value
description;A small cumulative-vote instance
budget;300
vote_type;cumulative
max_sum_points;10
PROJECTS
project_id;cost;name
p1;200;Pavilion
p2;100;Planters
p3;150;Mural
VOTES
voter_id;vote;points
1;p1,p2;7,3
2;p3;10
3;p1;10
