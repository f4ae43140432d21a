META
key;value
description;Example 2 of the explanation of the Method of Equal Shares on equalshares.net
country;Example
unit;Example
instance;example-2
num_projects;5
num_votes;11
budget;1100
vote_type;approval
rule;equalshares
PROJECTS
project_id;cost;votes;name
bike;700;6;Bike path
gym;400;7;Outdoor gym
park;250;5;New park
playground;200;4;New playground
library;100;3;Library for kids
VOTES
voter_id;vote
1;bike,gym
2;bike,gym,park
3;bike,gym
4;bike,gym,park
5;bike,gym,park
6;bike,gym
7;park,playground,library
8;playground
9;playground,library
10;park,playground,library
11;gym
