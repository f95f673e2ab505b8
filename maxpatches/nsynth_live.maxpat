{
	"patcher": {
		"fileversion": 1,
		"appversion": {
			"major": 8,
			"minor": 5,
			"revision": 5,
			"architecture": "x64",
			"modernui": 1
		},
		"classnamespace": "box",
		"rect": [
			40.0,
			80.0,
			1170.0,
			1152.0
		],
		"bglocked": 0,
		"openinpresentation": 1,
		"default_fontsize": 12.0,
		"default_fontface": 0,
		"default_fontname": "Arial",
		"gridonopen": 1,
		"gridsize": [
			15.0,
			15.0
		],
		"gridsnaponopen": 1,
		"objectsnaponopen": 1,
		"statusbarvisible": 2,
		"toolbarvisible": 1,
		"lefttoolbarpinned": 0,
		"toptoolbarpinned": 0,
		"righttoolbarpinned": 0,
		"bottomtoolbarpinned": 0,
		"toolbars_unpinned_last_save": 0,
		"tallnewobj": 0,
		"boxanimatetime": 200,
		"enablehscroll": 1,
		"enablevscroll": 1,
		"devicewidth": 0.0,
		"description": "",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"id": "obj-1",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						10,
						700,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						10,
						700,
						22
					],
					"text": "nsynth live: play the bank from MIDI; the x/y pad blends the four corner sources (docs/max.md)"
				}
			},
			{
				"box": {
					"id": "obj-2",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						40,
						270,
						22.0
					],
					"text": "server 127.0.0.1:7770, replies to port 7773"
				}
			},
			{
				"box": {
					"id": "obj-3",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						70,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-4",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						100,
						70,
						22,
						22
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						40,
						22,
						22
					],
					"outlettype": [
						"bang"
					]
				}
			},
			{
				"box": {
					"id": "obj-5",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						125,
						70,
						52.6,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						35,
						40,
						53,
						22
					],
					"text": "connect"
				}
			},
			{
				"box": {
					"id": "obj-6",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						20,
						100,
						54.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						""
					],
					"text": "t b b b b"
				}
			},
			{
				"box": {
					"id": "obj-7",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						130,
						108.0,
						22.0
					],
					"text": "/nsynth/hello 7773",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-8",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						40,
						160,
						94.6,
						22.0
					],
					"text": "/nsynth/sources",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-9",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						60,
						190,
						84.6,
						22.0
					],
					"text": "/nsynth/status",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-10",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						220,
						140.0,
						22.0
					],
					"outlettype": [],
					"text": "udpsend 127.0.0.1 7770"
				}
			},
			{
				"box": {
					"id": "obj-11",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						260,
						99.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "udpreceive 7773"
				}
			},
			{
				"box": {
					"id": "obj-12",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						20,
						290,
						204.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/welcome /nsynth/voice"
				}
			},
			{
				"box": {
					"id": "obj-13",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						30,
						320,
						215.4,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/voice/ready /nsynth/error"
				}
			},
			{
				"box": {
					"id": "obj-14",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						40,
						350,
						230.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/source /nsynth/sources/end"
				}
			},
			{
				"box": {
					"id": "obj-15",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						50,
						380,
						115.3,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "route /nsynth/status"
				}
			},
			{
				"box": {
					"id": "obj-16",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						60,
						410,
						132.7,
						22.0
					],
					"outlettype": [],
					"text": "print nsynth-unhandled"
				}
			},
			{
				"box": {
					"id": "obj-17",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						450,
						270.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						440,
						340,
						270,
						22
					],
					"text": "server: protocol, bank size"
				}
			},
			{
				"box": {
					"id": "obj-18",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						475,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-19",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						505,
						270.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						440,
						365,
						270,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-20",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						40,
						250,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						65,
						170,
						40
					],
					"text": "x/y pad: x left to right, y bottom to top"
				}
			},
			{
				"box": {
					"id": "obj-21",
					"maxclass": "pictslider",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						330,
						65,
						160,
						160
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						110,
						160,
						160
					],
					"outlettype": [
						"int",
						"int"
					],
					"leftvalue": 0,
					"rightvalue": 100,
					"bottomvalue": 0,
					"topvalue": 100
				}
			},
			{
				"box": {
					"id": "obj-22",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						235,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "/ 100."
				}
			},
			{
				"box": {
					"id": "obj-23",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						410,
						235,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "/ 100."
				}
			},
			{
				"box": {
					"id": "obj-24",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						265,
						56.6,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "pak 0. 0."
				}
			},
			{
				"box": {
					"id": "obj-25",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						295,
						75.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "speedlim 40"
				}
			},
			{
				"box": {
					"id": "obj-26",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						325,
						120.7,
						22.0
					],
					"text": "/nsynth/set x $1 y $2",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-27",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						620,
						40,
						360,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						190,
						70,
						360,
						22
					],
					"text": "corners: the bank's first four sources (x0y0 x1y0 x0y1 x1y1)"
				}
			},
			{
				"box": {
					"id": "obj-28",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						620,
						65,
						70.0,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.group 64"
				}
			},
			{
				"box": {
					"id": "obj-29",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						720,
						65,
						45.3,
						22.0
					],
					"text": "zlclear",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-30",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						620,
						95,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-31",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						620,
						125,
						360,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						190,
						95,
						360,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-32",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						400,
						300,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						190,
						130,
						300,
						22
					],
					"text": "MIDI in (sustain pedal: CC 64), or click the keyboard"
				}
			},
			{
				"box": {
					"id": "obj-33",
					"maxclass": "kslider",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						330,
						425,
						336,
						53
					],
					"presentation": 1,
					"presentation_rect": [
						190,
						155,
						336,
						53
					],
					"outlettype": [
						"int",
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-34",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 2,
					"patching_rect": [
						330,
						490,
						110.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "makenote 100 500"
				}
			},
			{
				"box": {
					"id": "obj-35",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						470,
						490,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "notein"
				}
			},
			{
				"box": {
					"id": "obj-36",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						540,
						490,
						48.6,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "ctlin 64"
				}
			},
			{
				"box": {
					"id": "obj-37",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						540,
						520,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "> 63"
				}
			},
			{
				"box": {
					"id": "obj-38",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 2,
					"patching_rect": [
						330,
						550,
						48.6,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "sustain"
				}
			},
			{
				"box": {
					"id": "obj-39",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 4,
					"patching_rect": [
						330,
						580,
						52.6,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						""
					],
					"text": "poly 8 1"
				}
			},
			{
				"box": {
					"id": "obj-40",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						330,
						610,
						66.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "pack 0 0 0"
				}
			},
			{
				"box": {
					"id": "obj-41",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						330,
						640,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "t l l l"
				}
			},
			{
				"box": {
					"id": "obj-42",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						670,
						109.3,
						22.0
					],
					"text": "/nsynth/note $2 $3",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-43",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						700,
						134.7,
						22.0
					],
					"text": "target $1, noteon $2 $3",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-44",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						480,
						670,
						40.6,
						22.0
					],
					"text": "$2 $1",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-45",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						620,
						670,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						""
					],
					"text": "coll"
				}
			},
			{
				"box": {
					"id": "obj-46",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						760,
						123.0,
						22.0
					],
					"outlettype": [
						"signal"
					],
					"text": "poly~ nsynth_voice 8"
				}
			},
			{
				"box": {
					"id": "obj-47",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						620,
						180,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t l l"
				}
			},
			{
				"box": {
					"id": "obj-48",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						620,
						210,
						56.6,
						22.0
					],
					"outlettype": [
						"list",
						"list"
					],
					"text": "zl.slice 1"
				}
			},
			{
				"box": {
					"id": "obj-49",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						620,
						700,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t b i"
				}
			},
			{
				"box": {
					"id": "obj-50",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						620,
						730,
						58.0,
						22.0
					],
					"text": "target $1",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-51",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						720,
						700,
						45.0,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.reg"
				}
			},
			{
				"box": {
					"id": "obj-52",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						720,
						730,
						99.3,
						22.0
					],
					"text": "sample $1 $3 $6",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-53",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						720,
						180,
						420,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						285,
						420,
						22
					],
					"text": "answer: pitch velocity path match distance rate"
				}
			},
			{
				"box": {
					"id": "obj-54",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						720,
						205,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-55",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						720,
						235,
						420,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						310,
						420,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-56",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						860,
						700,
						138.6,
						22.0
					],
					"outlettype": [],
					"text": "print nsynth-voice-ready"
				}
			},
			{
				"box": {
					"id": "obj-57",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						580,
						77.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						190,
						220,
						77,
						22
					],
					"text": "release (ms)"
				}
			},
			{
				"box": {
					"id": "obj-58",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						605,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-59",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						635,
						30.6,
						22.0
					],
					"text": "300",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-60",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						665,
						55,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						270,
						220,
						55,
						22
					],
					"outlettype": [
						"",
						""
					],
					"minimum": 0,
					"maximum": 10000
				}
			},
			{
				"box": {
					"id": "obj-61",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						695,
						114.0,
						22.0
					],
					"text": "target 0, release $1",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-62",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						795,
						45.0,
						22.0
					],
					"outlettype": [
						"Signal"
					],
					"text": "*~ 0.5"
				}
			},
			{
				"box": {
					"id": "obj-63",
					"maxclass": "meter~",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						420,
						799,
						80,
						14
					],
					"presentation": 1,
					"presentation_rect": [
						340,
						224,
						80,
						14
					],
					"outlettype": [
						"float"
					]
				}
			},
			{
				"box": {
					"id": "obj-64",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 0,
					"patching_rect": [
						330,
						830,
						57.0,
						22.0
					],
					"outlettype": [],
					"text": "dac~ 1 2"
				}
			},
			{
				"box": {
					"id": "obj-65",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						420,
						830,
						33.9,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						430,
						220,
						34,
						22
					],
					"text": "start",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-66",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						470,
						830,
						33.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						480,
						220,
						33,
						22
					],
					"text": "stop",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-67",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						720,
						780,
						420.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						340,
						420,
						22
					],
					"text": "last error: req_id code message"
				}
			},
			{
				"box": {
					"id": "obj-68",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						720,
						805,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-69",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						720,
						835,
						420.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						365,
						420,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-70",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						820,
						805,
						102.0,
						22.0
					],
					"outlettype": [],
					"text": "print nsynth-error"
				}
			},
			{
				"box": {
					"id": "obj-71",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						900,
						330,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						400,
						330,
						22
					],
					"text": "status: bank size, queued, rendering, done, worker"
				}
			},
			{
				"box": {
					"id": "obj-72",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						925,
						22,
						22
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						425,
						22,
						22
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-73",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						45,
						925,
						111.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						35,
						425,
						111,
						22
					],
					"text": "poll every 1000 ms"
				}
			},
			{
				"box": {
					"id": "obj-74",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						190,
						925,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-75",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						260,
						925,
						30.0,
						22.0
					],
					"text": "1",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-76",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						955,
						71.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "metro 1000"
				}
			},
			{
				"box": {
					"id": "obj-77",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						985,
						84.6,
						22.0
					],
					"text": "/nsynth/status",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-78",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 5,
					"patching_rect": [
						20,
						1015,
						98.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						"",
						""
					],
					"text": "unpack 0 0 0 0 s"
				}
			},
			{
				"box": {
					"id": "obj-79",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						1045,
						64,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						450,
						64,
						22
					],
					"text": "bank"
				}
			},
			{
				"box": {
					"id": "obj-80",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						1070,
						60,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						475,
						60,
						22
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-81",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						86,
						1045,
						64,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						76,
						450,
						64,
						22
					],
					"text": "queued"
				}
			},
			{
				"box": {
					"id": "obj-82",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						86,
						1070,
						60,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						76,
						475,
						60,
						22
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-83",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						152,
						1045,
						64,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						142,
						450,
						64,
						22
					],
					"text": "rendering"
				}
			},
			{
				"box": {
					"id": "obj-84",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						152,
						1070,
						60,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						142,
						475,
						60,
						22
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-85",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						218,
						1045,
						64,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						208,
						450,
						64,
						22
					],
					"text": "done"
				}
			},
			{
				"box": {
					"id": "obj-86",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						218,
						1070,
						60,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						208,
						475,
						60,
						22
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-87",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						284,
						1045,
						64,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						274,
						450,
						64,
						22
					],
					"text": "worker"
				}
			},
			{
				"box": {
					"id": "obj-88",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						284,
						1070,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-89",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						284,
						1100,
						66,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						274,
						475,
						66,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"source": [
						"obj-3",
						0
					],
					"destination": [
						"obj-6",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-4",
						0
					],
					"destination": [
						"obj-6",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						3
					],
					"destination": [
						"obj-7",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						1
					],
					"destination": [
						"obj-8",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						0
					],
					"destination": [
						"obj-9",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-8",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-9",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-11",
						0
					],
					"destination": [
						"obj-12",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						2
					],
					"destination": [
						"obj-13",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						2
					],
					"destination": [
						"obj-14",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						2
					],
					"destination": [
						"obj-15",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-15",
						1
					],
					"destination": [
						"obj-16",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						0
					],
					"destination": [
						"obj-18",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-18",
						0
					],
					"destination": [
						"obj-19",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						2
					],
					"destination": [
						"obj-21",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-21",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-21",
						1
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-22",
						0
					],
					"destination": [
						"obj-24",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-23",
						0
					],
					"destination": [
						"obj-24",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-24",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-25",
						0
					],
					"destination": [
						"obj-26",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-26",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						0
					],
					"destination": [
						"obj-28",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						1
					],
					"destination": [
						"obj-28",
						0
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						2
					],
					"destination": [
						"obj-29",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-29",
						0
					],
					"destination": [
						"obj-28",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-28",
						0
					],
					"destination": [
						"obj-30",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-30",
						0
					],
					"destination": [
						"obj-31",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-33",
						1
					],
					"destination": [
						"obj-34",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-33",
						0
					],
					"destination": [
						"obj-34",
						0
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-36",
						0
					],
					"destination": [
						"obj-37",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-35",
						1
					],
					"destination": [
						"obj-38",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-35",
						0
					],
					"destination": [
						"obj-38",
						0
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-34",
						1
					],
					"destination": [
						"obj-38",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-34",
						0
					],
					"destination": [
						"obj-38",
						0
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-37",
						0
					],
					"destination": [
						"obj-38",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-38",
						1
					],
					"destination": [
						"obj-39",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-38",
						0
					],
					"destination": [
						"obj-39",
						0
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-39",
						2
					],
					"destination": [
						"obj-40",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-39",
						1
					],
					"destination": [
						"obj-40",
						1
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-39",
						0
					],
					"destination": [
						"obj-40",
						0
					],
					"order": 2
				}
			},
			{
				"patchline": {
					"source": [
						"obj-40",
						0
					],
					"destination": [
						"obj-41",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-41",
						0
					],
					"destination": [
						"obj-42",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-42",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-41",
						1
					],
					"destination": [
						"obj-43",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-41",
						2
					],
					"destination": [
						"obj-44",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-44",
						0
					],
					"destination": [
						"obj-45",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-43",
						0
					],
					"destination": [
						"obj-46",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						1
					],
					"destination": [
						"obj-47",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-47",
						0
					],
					"destination": [
						"obj-48",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-45",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-45",
						0
					],
					"destination": [
						"obj-49",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-49",
						1
					],
					"destination": [
						"obj-50",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-47",
						1
					],
					"destination": [
						"obj-51",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-49",
						0
					],
					"destination": [
						"obj-51",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-52",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-50",
						0
					],
					"destination": [
						"obj-46",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-52",
						0
					],
					"destination": [
						"obj-46",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						1
					],
					"destination": [
						"obj-54",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-54",
						0
					],
					"destination": [
						"obj-55",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						0
					],
					"destination": [
						"obj-56",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-58",
						0
					],
					"destination": [
						"obj-59",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-59",
						0
					],
					"destination": [
						"obj-60",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-60",
						0
					],
					"destination": [
						"obj-61",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-61",
						0
					],
					"destination": [
						"obj-46",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-46",
						0
					],
					"destination": [
						"obj-62",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-62",
						0
					],
					"destination": [
						"obj-63",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-62",
						0
					],
					"destination": [
						"obj-64",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-62",
						0
					],
					"destination": [
						"obj-64",
						1
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-65",
						0
					],
					"destination": [
						"obj-64",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-66",
						0
					],
					"destination": [
						"obj-64",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						1
					],
					"destination": [
						"obj-68",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-68",
						0
					],
					"destination": [
						"obj-69",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						1
					],
					"destination": [
						"obj-70",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-74",
						0
					],
					"destination": [
						"obj-75",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-75",
						0
					],
					"destination": [
						"obj-72",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-72",
						0
					],
					"destination": [
						"obj-76",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-76",
						0
					],
					"destination": [
						"obj-77",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-77",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-15",
						0
					],
					"destination": [
						"obj-78",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-78",
						0
					],
					"destination": [
						"obj-80",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-78",
						1
					],
					"destination": [
						"obj-82",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-78",
						2
					],
					"destination": [
						"obj-84",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-78",
						3
					],
					"destination": [
						"obj-86",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-78",
						4
					],
					"destination": [
						"obj-88",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-88",
						0
					],
					"destination": [
						"obj-89",
						0
					],
					"order": 0
				}
			}
		],
		"dependency_cache": [],
		"autosave": 0
	}
}
