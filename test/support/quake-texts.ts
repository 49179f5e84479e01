/** Three short invented news texts: a quake, an unrelated strike, and the quake's follow-up (its toll 12 → 19). */
export const QUAKE_1 = `Earthquake kills 12 in Varnholt

At least 12 people were killed when an earthquake struck the town of Varnholt on Monday, regional governor Ilse Marquardt said.
"Our rescue teams are working through the night," Marquardt told reporters.
The quake damaged 40 houses in the old town, the Varnholt fire service said.
`;
export const STRIKE_1 = `Dockers strike at Port Elsmere

About 3,000 dock workers walked out at Port Elsmere on Tuesday, union leader Tomas Brennagh said.
"We will stay out until the company talks to us," Brennagh told a rally outside the harbour gates.
The port authority said 25 ships were waiting to unload.
`;
export const QUAKE_2 = `Varnholt earthquake toll rises

The number of people killed in the Varnholt earthquake rose to 19, regional governor Ilse Marquardt said on Tuesday.
"Our rescue teams are working through the night," Marquardt told reporters.
The quake damaged 40 houses in the old town, the Varnholt fire service said.
`;
